package io.edubureau.facilities;

/** What a school building is used for: 教学用房, 学生宿舍, 食堂, 行政办公, 图书馆, 体育馆, 其他. */
enum BuildingUse {

	TEACHING, DORMITORY, CANTEEN, OFFICE, LIBRARY, GYM, OTHER

}
