// Hash router: #/ (cases), #/case/ID (a case), #/case/ID/doc/DOC (the viewer). Hash routes work offline as-is.

export type Route =
  | { name: 'cases' }
  | { name: 'case'; caseId: string }
  | { name: 'document'; caseId: string; documentId: string; page?: number };

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'case' && parts[1]) {
    if (parts[2] === 'doc' && parts[3]) {
      const page = Number(parts[4]);
      return {
        name: 'document',
        caseId: parts[1],
        documentId: parts[3],
        ...(Number.isInteger(page) && page >= 1 ? { page } : {}),
      };
    }
    return { name: 'case', caseId: parts[1] };
  }
  return { name: 'cases' };
}

export function hrefFor(route: Route): string {
  switch (route.name) {
    case 'cases':
      return '#/';
    case 'case':
      return `#/case/${encodeURIComponent(route.caseId)}`;
    case 'document':
      return `#/case/${encodeURIComponent(route.caseId)}/doc/${encodeURIComponent(route.documentId)}`;
  }
}

class Router {
  route = $state<Route>({ name: 'cases' });

  constructor() {
    if (typeof window === 'undefined') return;
    this.route = parseRoute(window.location.hash);
    window.addEventListener('hashchange', () => {
      this.route = parseRoute(window.location.hash);
    });
  }

  go(route: Route): void {
    window.location.hash = hrefFor(route);
  }
}

export const router = new Router();
