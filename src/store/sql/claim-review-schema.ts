import type { Migration } from './sql-connection.ts';

/**
 * Migration 9, the same on both engines: an analyst's judgement of one claim, keyed by the claim itself
 * (its event, its field and its evidence span), not by the incident, so that it follows the claim through
 * merges, splits and automatic runs.
 */
export const CLAIM_REVIEWS_MIGRATION: Migration = {
  version: 9,
  name: 'claim reviews: claims an analyst marked contested, with the reason',
  statements: [
    `CREATE TABLE claim_reviews (
      event_id TEXT NOT NULL, field TEXT NOT NULL, span_start INTEGER NOT NULL, span_end INTEGER NOT NULL,
      status TEXT NOT NULL, reason TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL,
      PRIMARY KEY (event_id, field, span_start, span_end))`,
  ],
};
