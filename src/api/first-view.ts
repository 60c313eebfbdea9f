/**
 * What the dashboard asks for when it opens with no filters (web/src/main.ts): the whole world's incident
 * marks at its opening zoom, the timeline by month as columns, the counts and the list's first page. `sitrep serve`
 * answers them at start (warm-up.ts) and the page asks for them before its script has loaded (a preload
 * the build writes into index.html); a browser test checks the page asks exactly these, once each.
 */
export const FIRST_VIEW_PATHS = [
  '/api/map/clusters?kind=incident&zoom=1&view=-180%2C-90%2C180%2C90&unit=event',
  '/api/stats/timeline?kind=incident&interval=month&by=event_type&shape=columns',
  '/api/stats/counts?',
  '/api/events?limit=100',
] as const;
