import { z } from 'zod';

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

/** One report as ingested. */
export const DocumentSchema = z.object({
  id: z.string().min(1),
  text: z.string(),
  published: isoDate.nullable().default(null),
  source: z.string().nullable().default(null),
  title: z.string().nullable().default(null),
  url: z.string().nullable().default(null),
  language: z.string().nullable().default(null),
});

export type Document = z.infer<typeof DocumentSchema>;
export type DocumentInput = z.input<typeof DocumentSchema>;

export function makeDocument(input: DocumentInput): Document {
  return DocumentSchema.parse(input);
}
