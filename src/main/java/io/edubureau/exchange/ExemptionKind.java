package io.edubureau.exchange;

/**
 * Why a person is not to be exchanged for a while (near retirement is computed, not
 * recorded).
 */
enum ExemptionKind {

	PREGNANCY, SERIOUS_ILLNESS, OTHER

}
