/**
 * Free-text comparators, populations and outcomes put into a few categories, so that two studies differ on a
 * moderator only when they differ in kind (a different population wording is not a different population).
 */

/** "usual care", "inactive control (sham, placebo or waiting list)", "no control (within-group change)", … else the text itself. */
export function comparatorCategory(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  const t = text.toLowerCase();
  if (/within[- ]group/.test(t)) return 'no control (within-group change)';
  if (/guideline/.test(t)) return 'none (guideline recommendation)';
  const inactive = /\binactive\b|sham|placebo|waiting|wait list|no treatment/.test(t);
  const active = /\bactive control|\band active\b|manipulation|acupuncture|exercise|relaxation|physical therapy|traction|another/.test(t.replace(/\binactive\b/g, ''));
  if (inactive && active) return 'inactive and active controls';
  if (inactive) return 'inactive control (sham, placebo or waiting list)';
  if (/usual|normal care|standard care|routine care/.test(t) && !active) return 'usual care';
  if (active) return `active control (${/^active control \((.*)\)$/i.exec(text.trim())?.[1] ?? t.trim()})`;
  if (/self[- ]care/.test(t)) return 'self-care education';
  return t.trim();
}

/** The phase of back pain a population names: "chronic", "acute/subacute", … ; "not back pain" when it names none. */
export function populationCategory(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  const t = text.toLowerCase();
  const phases = [/\bacute\b/.test(t.replace(/sub-?acute/g, '')) && 'acute', /sub-?acute/.test(t) && 'subacute', /chronic|persistent/.test(t) && 'chronic'].filter(Boolean);
  if (!/back|lbp|lumb|spin|sciatica/.test(t)) return 'not back pain';
  return phases.length ? `${phases.join('/')} back pain` : 'back pain (phase not stated)';
}

const OUTCOMES: Array<[RegExp, string]> = [
  [/pain|bother|vas\b|nrs\b|mcgill/i, 'pain'],
  [/function|disab|rdq|roland|oswestry|odi\b|activit/i, 'function/disability'],
  [/sleep/i, 'sleep'],
  [/anxi|depress|mood|serenity|well-?being|stress/i, 'mood'],
  [/range of motion|flexion|flexib|rom\b/i, 'range of motion'],
  [/evidence|conclusion|efficacy|quality/i, 'the evidence as a whole'],
];

/** The kinds of outcome a finding measured ("pain", "function/disability", …), else its own words. */
export function outcomeCategory(text: string | null | undefined): string | null {
  if (!text?.trim()) return null;
  const kinds = OUTCOMES.filter(([re]) => re.test(text)).map(([, k]) => k);
  return kinds.length ? kinds.join(' + ') : text.trim().toLowerCase();
}
