package io.edubureau.training;

/** How a training is delivered: 集中培训, 网络研修, 校本研修, 实践研修. */
public enum TrainingCategory {

	CENTRALISED, ONLINE, SCHOOL_BASED, PRACTICE

}
