package io.edubureau.facilities;

/** A building's structure: 框架, 砖混, 砖木, 钢结构, 其他. */
enum BuildingStructure {

	FRAME, BRICK_CONCRETE, BRICK_WOOD, STEEL, OTHER

}
