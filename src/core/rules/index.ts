export { evaluateAudience, type RulesInput } from './evaluate-audience';
export {
  FINDING_CODES,
  type Finding,
  type FindingAction,
  type FindingCode,
  type FocusField,
  type NextStep,
  type PageOrder,
  type Severity,
} from './finding';
export { formatFinding, type FindingText, type PresentedStep } from './messages';
export { isRemoval, removalRequest, type RequestedChange } from './requested-change';
export { arrangeFindings, type ArrangedFinding, type ArrangedFindings } from './arrange-findings';
export { FINDING_RULES, STEP_RULES } from './rules-table';
