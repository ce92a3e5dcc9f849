/**
 * The panel's one executor of next steps (core/rules): a request prepared and filled, an order to the
 * portal page, or the publisher brought to a question of the panel. It says what it did, or why not.
 */
import type { AudiencePage, OfferFacts } from '../../core/audience';
import { pageTarget } from '../../core/page-target';
import type { NextStep, PageOrder, RequestedChange } from '../../core/rules';
import { chooseOptionOnPage, runApply } from '../apply/page-actions';
import { wrongPageText } from '../apply/wrong-page-text';
import { t, tn } from '../i18n';
import { optionName } from '../option-name';
import { prepareAndFill } from '../support/start-fill';
import { fieldId } from './field-id';

/** The offer a step is about, as the panel last read it, and the tab and frame it was read in. */
export interface StepScope {
  page: AudiencePage;
  facts: OfferFacts;
  tabId: number;
  frame: string;
  /** The request is prepared: the panel shows the support tool. */
  onPrepared: () => void;
}

export interface StepNotice {
  tone: 'done' | 'error';
  text: string;
}

async function prepare(change: RequestedChange, scope: StepScope): Promise<null> {
  // One click: the request is prepared, and the support form opened (or the open one used) and filled.
  scope.onPrepared();
  await prepareAndFill(scope.page, scope.facts, change);
  return null;
}

/** Orders go to the frame the reading came from, for this offer and this table only. */
async function order(pageOrder: PageOrder, scope: StepScope): Promise<StepNotice> {
  const target = pageTarget(scope.page, scope.frame);
  const error = (text: string): StepNotice => ({ tone: 'error', text });
  if (pageOrder.type === 'choose-option') {
    const reply = await chooseOptionOnPage(scope.tabId, pageOrder.option, target);
    if ('wrongPage' in reply) return error(wrongPageText(reply.wrongPage));
    if (!reply.chosen) return error(t('pageActionFailed', optionName(pageOrder.option)));
    return { tone: 'done', text: t('stepSwitched', optionName(pageOrder.option)) };
  }
  const outcome = await runApply(scope.tabId, pageOrder.order, target);
  if ('wrongPage' in outcome) return error(wrongPageText(outcome.wrongPage));
  if (outcome.missing.length > 0 || outcome.refused.length > 0) return error(t('restoreFailed'));
  return { tone: 'done', text: tn('stepRestored', outcome.added.length) };
}

export async function runStep(step: NextStep, scope: StepScope): Promise<StepNotice | null> {
  switch (step.kind) {
    case 'request':
      return prepare(step.change, scope);
    case 'page': {
      const notice = await order(step.order, scope);
      return notice.tone === 'done' && step.andRequest ? prepare(step.andRequest, scope) : notice;
    }
    case 'focus': {
      const control = document.getElementById(fieldId(step.field));
      control?.scrollIntoView({ block: 'center' });
      control?.focus();
      return null;
    }
    case 'publisher':
      return null;
  }
}
