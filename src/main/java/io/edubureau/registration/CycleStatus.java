package io.edubureau.registration;

/** A registration cycle is open while schools evaluate and the bureau confirms. */
public enum CycleStatus {

	OPEN, CLOSED

}
