package io.edubureau.staff;

/** How a person came to the bureau's units (补充渠道). */
public enum HireChannel {

	OPEN_RECRUITMENT, SPECIAL_POST, DIRECTIONAL, FREE_NORMAL, TALENT, TRANSFER_IN, OTHER

}
