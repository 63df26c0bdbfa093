package io.edubureau.exchange;

/** How a teacher serves at the host school: 交流, 支教, 轮岗, 走教. */
public enum ExchangeKind {

	EXCHANGE, SUPPORT_TEACHING, ROTATION, ITINERANT

}
