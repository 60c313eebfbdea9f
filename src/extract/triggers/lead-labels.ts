import type { TriggerMention } from '../../core/mention.ts';
import type { Extractor } from '../../core/pipeline.ts';
import type { EventType, SubEventType } from '../../core/taxonomy.ts';

/**
 * Monitor notes often open with a label naming the kind of development ("Property destruction: On 3 May ...",
 * "Weapons seizure: ..."). The label is the coder's own classification, so it outweighs every word after it.
 */
const LABELS: Readonly<Record<string, readonly [EventType, SubEventType]>> = {
  'property destruction': ['Strategic developments', 'Looting/property destruction'],
  looting: ['Strategic developments', 'Looting/property destruction'],
  arson: ['Strategic developments', 'Looting/property destruction'],
  defusal: ['Strategic developments', 'Disrupted weapons use'],
  interception: ['Strategic developments', 'Disrupted weapons use'],
  'weapons seizure': ['Strategic developments', 'Disrupted weapons use'],
  detonation: ['Strategic developments', 'Disrupted weapons use'],
  'disrupted weapons use': ['Strategic developments', 'Disrupted weapons use'],
  'movement of forces': ['Strategic developments', 'Change to group/activity'],
  training: ['Strategic developments', 'Change to group/activity'],
  recruitment: ['Strategic developments', 'Change to group/activity'],
  'security measures': ['Strategic developments', 'Change to group/activity'],
  'change to group': ['Strategic developments', 'Change to group/activity'],
  'non-violent activity': ['Strategic developments', 'Other'],
  displacement: ['Strategic developments', 'Other'],
  other: ['Strategic developments', 'Other'],
  agreement: ['Strategic developments', 'Agreement'],
  ceasefire: ['Strategic developments', 'Agreement'],
  arrests: ['Strategic developments', 'Arrests'],
  'headquarters established': ['Strategic developments', 'Headquarters or base established'],
  'base established': ['Strategic developments', 'Headquarters or base established'],
  'non-violent transfer of territory': ['Strategic developments', 'Non-violent transfer of territory'],
  'territorial transfer': ['Strategic developments', 'Non-violent transfer of territory'],
};

const LEAD = /^([A-Z][a-z-]+(?: [a-z-]+){0,3}):\s/;
const LABEL_WEIGHT = 20;

export const leadLabels: Extractor = {
  name: 'lead-labels',
  extract(_ctx, sentence) {
    const m = LEAD.exec(sentence.text);
    const label = m ? LABELS[m[1]!.toLowerCase()] : undefined;
    if (!m || !label) return [];
    const span = { start: sentence.span.start, end: sentence.span.start + m[1]!.length };
    const trigger: TriggerMention = { kind: 'trigger', span, eventType: label[0], subEventType: label[1], weight: LABEL_WEIGHT, word: m[1]!.toLowerCase() };
    return [trigger];
  },
};
