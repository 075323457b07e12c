/**
 * The old crawler's "institution" was the paper card's text: the organization glued to GitHub stars
 * (compact, "1.24k") and the comment count ("StepFun1.24k2", "Peking University131"), or
 * "·11 authors1" when the paper has no organization.
 */
export const CARD_TEXT_INSTITUTION = /·\s*\d+ authors|\d(?:\.\d+)?k\d*$|[A-Za-z)]\d+$/;
