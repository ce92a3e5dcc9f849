/** A request's change in the publisher's words: "Remove 2 partners from the list", or "Option 1 → Option 3". */
import { isRemoval, type RequestedChange } from '../../core/rules';
import { tn } from '../i18n';
import { optionName } from '../option-name';

export const changeText = (change: Pick<RequestedChange, 'from' | 'to'> & { count: number }): string =>
  isRemoval(change) ? tn('changeRemove', change.count) : `${optionName(change.from)} → ${optionName(change.to)}`;
