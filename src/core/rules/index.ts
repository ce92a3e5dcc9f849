export { evaluateAudience, type RulesInput } from './evaluate-audience';
export { FINDING_CODES, type Finding, type FindingAction, type FindingCode, type Severity } from './finding';
export { formatFinding, type FindingText } from './messages';
export { requestedChange, type RequestedChange } from './requested-change';
export { arrangeFindings, type ArrangedFinding, type ArrangedFindings } from './arrange-findings';
