// Viewer state for one open PDF: zoom (fit width or fixed), current page, page sizes learnt as pages load.
import { SvelteSet } from 'svelte/reactivity';
import { pageGeometry, type PageGeometry } from './coords.ts';

export interface PageShape {
  view: number[];
  rotate: number;
}

export const MIN_SCALE = 0.25;
export const MAX_SCALE = 5;
const STEPS = [0.25, 0.33, 0.5, 0.67, 0.75, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5, 3, 4, 5];
/** Horizontal room around a page in fit-width mode (CSS px). */
const FIT_MARGIN = 48;
const AUTO_MAX = 1.5;

export class ViewerManager {
  pageCount = $state(0);
  /** Zoom in CSS px per PDF point when not fitting the width. */
  fixedScale = $state(1);
  /** 'auto' fits the width but stops at AUTO_MAX (pdf.js's "automatic zoom"); 'fit' always fits the width. */
  mode = $state<'auto' | 'fit' | 'fixed'>('auto');
  containerWidth = $state(0);
  currentPage = $state(1);
  /** Shape of page 1, assumed for pages not yet loaded. */
  defaultShape = $state.raw<PageShape>({ view: [0, 0, 612, 792], rotate: 0 });
  /** Shapes of loaded pages, by pageIndex. */
  shapes = $state.raw<Record<number, PageShape>>({});
  /** Pages near the viewport (1-based numbers), maintained by the IntersectionObserver. */
  visible = new SvelteSet<number>();

  readonly scale = $derived.by(() => {
    if (this.mode === 'fixed' || this.containerWidth <= 0) return this.fixedScale;
    const g = pageGeometry(this.defaultShape.view, this.defaultShape.rotate, 1);
    const fit = (this.containerWidth - FIT_MARGIN) / g.width;
    const wanted = this.mode === 'auto' ? Math.min(fit, AUTO_MAX) : fit;
    return Math.min(MAX_SCALE, Math.max(MIN_SCALE, wanted));
  });

  shapeOf(pageIndex: number): PageShape {
    return this.shapes[pageIndex] ?? this.defaultShape;
  }

  geometryOf(pageIndex: number): PageGeometry {
    const shape = this.shapeOf(pageIndex);
    return pageGeometry(shape.view, shape.rotate, this.scale);
  }

  learnShape(pageIndex: number, shape: PageShape): void {
    const known = this.shapes[pageIndex];
    if (known && known.rotate === shape.rotate && known.view.join() === shape.view.join()) return;
    this.shapes = { ...this.shapes, [pageIndex]: shape };
  }

  zoomIn(): void {
    const now = this.scale;
    this.fixedScale = STEPS.find((s) => s > now + 0.001) ?? MAX_SCALE;
    this.mode = 'fixed';
  }

  zoomOut(): void {
    const now = this.scale;
    this.fixedScale = [...STEPS].reverse().find((s) => s < now - 0.001) ?? MIN_SCALE;
    this.mode = 'fixed';
  }

  fit(): void {
    this.mode = 'fit';
  }
}
