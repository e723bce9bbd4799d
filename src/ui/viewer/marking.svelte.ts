// The marking tools of the viewer: line selection (click, shift-click, drag) and the rectangle tool.
import type { PageGrid } from '../../lib/model/page-grid.ts';
import type { Rect } from '../../lib/model/region.ts';
import type { MarksManager } from '../state/marks-manager.svelte.ts';
import { lineKeys, marksForLines, type LineRef } from './marks.ts';

export type Tool = 'lines' | 'rectangle' | 'text';

export class Marking {
  tool = $state<Tool>('lines');
  pages = $state.raw<PageGrid[]>([]);
  /** Where the current line selection started, and where it now ends (during a drag). */
  anchor = $state.raw<LineRef | null>(null);
  current = $state.raw<LineRef | null>(null);
  dragging = $state(false);
  selectedMark = $state<string | null>(null);
  /** Calibrating a page by hand: the page, and line 1's centre once clicked. */
  calibrating = $state.raw<{ pageIndex: number; lineCount: number; first: [number, number] | null } | null>(null);
  /** Called with the two clicked centres when a calibration is complete. */
  oncalibrated:
    ((pageIndex: number, first: [number, number], last: [number, number], lineCount: number) => void) | null = null;
  /** Marks the last plain click or drag created (a shift-click widens them). */
  private lastCreated: string[] = [];

  constructor(private readonly marks: MarksManager) {}

  /** Lines of the selection being dragged, for the preview highlight. */
  readonly preview = $derived(
    this.dragging ? lineKeys(this.pages, this.anchor, this.current) : lineKeys([], null, null),
  );

  lineDown(ref: LineRef, shift: boolean): void {
    if (shift && this.anchor) {
      const marks = marksForLines(this.pages, this.anchor, ref);
      this.marks.replace(this.lastCreated, marks);
      this.lastCreated = marks.map((m) => m.id);
      return;
    }
    this.anchor = ref;
    this.current = ref;
    this.dragging = true;
  }

  lineEnter(ref: LineRef): void {
    if (this.dragging) this.current = ref;
  }

  /** Ends a drag (pointer released anywhere): the selected lines become a mark. */
  release(): void {
    if (!this.dragging || !this.anchor) return;
    this.dragging = false;
    const marks = marksForLines(this.pages, this.anchor, this.current ?? this.anchor);
    this.marks.add(marks);
    this.lastCreated = marks.map((m) => m.id);
  }

  startCalibration(pageIndex: number, lineCount: number): void {
    this.calibrating = { pageIndex, lineCount, first: null };
  }

  /** A click on the page while calibrating: first line 1, then the last line. */
  calibrationPoint(pageIndex: number, point: [number, number]): void {
    const c = this.calibrating;
    if (!c || c.pageIndex !== pageIndex) return;
    if (!c.first) {
      this.calibrating = { ...c, first: point };
      return;
    }
    this.calibrating = null;
    this.oncalibrated?.(pageIndex, c.first, point, c.lineCount);
  }

  rectangle(pageIndex: number, rect: Rect, pageNumber: number): void {
    this.marks.add([
      {
        id: crypto.randomUUID(),
        pageIndex,
        rect,
        status: 'confirmed',
        source: 'manual',
        citation: `p. ${pageNumber} area`,
      },
    ]);
    this.lastCreated = [];
  }
}
