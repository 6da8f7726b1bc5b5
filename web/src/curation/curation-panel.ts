import { fill, h } from '../panels/dom.js';
import { curatorRequest, errorText } from './curator-api.js';
import { CLAIM_LINKS } from './documents.js';
import { addFindingForm, type ClaimForLinks } from './add-finding-form.js';
import { addStudyForm } from './add-study-form.js';
import { historyList } from './history-list.js';
import { linkEditor, type LinkRecord } from './link-editor.js';
import { proposalsList } from './proposals-list.js';
import { statusLine } from './form-fields.js';
import type { Curator } from './sign-in.js';
import { studyEditor } from './study-editor.js';

export interface CurationPanel {
  /** Who is signed in (null: a reader, who sees no edit controls). */
  setCurator(curator: Curator | null): void;
  /** The claim the page shows (null outside the claim view). */
  showClaim(claimId: string | null): void;
}

type ClaimWithLinks = ClaimForLinks & { evidence: LinkRecord[] };

/**
 * The curator's workspace under the page's views: add a study, add and link a finding, change or delete the open
 * claim's links, correct a study, the claim's history with undo, and (review on) the proposed changes.
 * Nothing of it exists in the page while no curator is signed in.
 */
export function createCurationPanel(root: HTMLElement, graphChanged: () => void): CurationPanel {
  let curator: Curator | null = null;
  let claimId: string | null = null;
  let lastStudyId = '';
  // The panel's own status line survives the re-render a save causes, and takes focus so the news is not lost.
  const status = statusLine();
  status.element.id = 'cur-panel-status';
  status.element.tabIndex = -1;

  // The study editor keeps its loaded record open: it is told, not rebuilt.
  const told = (message: string) => {
    status.say(message);
    graphChanged();
  };
  const saved = (message = 'Saved.') => {
    status.say(message);
    graphChanged();
    void render().then(() => status.element.focus());
  };

  async function render() {
    if (!curator) {
      root.hidden = true;
      return fill(root);
    }
    root.hidden = false;
    const me = curator;
    const heading = h('h2', { id: 'curation-heading' }, `Curation (signed in as ${me.name}${me.reviewRequired ? '; changes wait for a second curator' : ''})`);
    let claim: ClaimWithLinks | null = null;
    if (claimId) {
      try {
        claim = (await curatorRequest<{ claim: ClaimWithLinks | null }>(CLAIM_LINKS, { id: claimId })).claim;
      } catch (err) {
        status.say(errorText(err), 'error');
      }
    }
    if (me !== curator) return; // signed out or in again while loading
    const studyForm = addStudyForm((message) => {
      lastStudyId = (root.querySelector<HTMLInputElement>('form[aria-labelledby="cur-add-study-heading"] input[name="id"]')?.value ?? '').trim();
      saved(message);
    });
    fill(
      root,
      heading,
      status.element,
      me.reviewRequired ? proposalsList(me.name, saved) : null,
      claim ? h('p', { class: 'cur-claim' }, `Open claim: ${claim.statement}`) : h('p', { class: 'cur-claim' }, 'Open a claim to link findings to it and to see its history.'),
      claim ? linkEditor(claim.id, claim.evidence, saved, () => void render()) : null,
      claim ? historyList(claim.id, 'History of this claim', saved) : null,
      h('details', { class: 'cur-box' }, h('summary', {}, 'Add a study'), studyForm),
      h('details', { class: 'cur-box', open: !!lastStudyId }, h('summary', {}, 'Add a finding and link it'), addFindingForm(claim, lastStudyId, saved)),
      h('details', { class: 'cur-box' }, h('summary', {}, 'Correct a study'), studyEditor(told)),
    );
  }

  return {
    setCurator(next) {
      curator = next;
      void render();
    },
    showClaim(next) {
      if (next === claimId) return;
      claimId = next;
      if (curator) void render();
    },
  };
}
