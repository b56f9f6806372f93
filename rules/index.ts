import type { Rule } from '../src/types.js';
import automatedDecisions from './automated-decisions.js';
import brokenContact from './broken-contact.js';
import complaintAuthority from './complaint-authority.js';
import controllerContact from './controller-contact.js';
import controllerIdentity from './controller-identity.js';
import cookies from './cookies.js';
import dataCategories from './data-categories.js';
import dpoContact from './dpo-contact.js';
import language from './language.js';
import legalBasis from './legal-basis.js';
import legitimateInterest from './legitimate-interest.js';
import orgNumber from './org-number.js';
import outdatedCookieLaw from './outdated-cookie-law.js';
import outdatedDirective from './outdated-directive.js';
import outdatedLaw2000 from './outdated-law-2000.js';
import outdatedTransferFramework from './outdated-transfer-framework.js';
import placeholderText from './placeholder-text.js';
import policyDate from './policy-date.js';
import policyReachable from './policy-reachable.js';
import provisionRequirement from './provision-requirement.js';
import purposes from './purposes.js';
import recipients from './recipients.js';
import retention from './retention.js';
import rightAccess from './right-access.js';
import rightErasure from './right-erasure.js';
import rightObjection from './right-objection.js';
import rightPortability from './right-portability.js';
import rightRectification from './right-rectification.js';
import rightRestriction from './right-restriction.js';
import rightWithdrawConsent from './right-withdraw-consent.js';
import terminology from './terminology.js';
import thirdCountryTransfer from './third-country-transfer.js';
import undisclosedTracker from './undisclosed-tracker.js';

/** Every rule, in the order of the rule catalogue (required content first, then defects, then the website rules). */
export const allRules: readonly Rule[] = [
  controllerIdentity,
  controllerContact,
  orgNumber,
  dpoContact,
  purposes,
  legalBasis,
  legitimateInterest,
  recipients,
  thirdCountryTransfer,
  retention,
  rightAccess,
  rightRectification,
  rightErasure,
  rightRestriction,
  rightObjection,
  rightPortability,
  rightWithdrawConsent,
  automatedDecisions,
  complaintAuthority,
  provisionRequirement,
  dataCategories,
  cookies,
  policyDate,
  outdatedLaw2000,
  outdatedCookieLaw,
  outdatedTransferFramework,
  outdatedDirective,
  placeholderText,
  brokenContact,
  terminology,
  language,
  // Website rules: `na` unless a website scan hands over the fetched pages.
  undisclosedTracker,
  policyReachable,
];

export const rulesById: ReadonlyMap<string, Rule> = new Map(allRules.map((r) => [r.meta.id, r]));
