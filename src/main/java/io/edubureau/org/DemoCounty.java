package io.edubureau.org;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads a demo county into an empty database at first start, unless
 * {@code EDUBUREAU_DEMO=false}: a bureau, 8 township offices, 60 schools of every stage
 * and locality and 15 teaching points. Deterministic: the same county every time.
 */
@Component
@Order(10)
class DemoCounty implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoCounty.class);

	static final String BUREAU_CODE = "3607210000";

	private static final String[] TOWNSHIPS = { "城关镇", "东溪镇", "南塘镇", "西岭乡", "北坪镇", "青石乡", "白沙镇", "梅林乡" };

	private final UnitRepository units;

	private final EnrolmentRepository enrolments;

	private final boolean enabled;

	DemoCounty(UnitRepository units, EnrolmentRepository enrolments, @Value("${edubureau.demo:true}") boolean enabled) {
		this.units = units;
		this.enrolments = enrolments;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled || units.count() > 0) {
			return;
		}
		List<Unit> created = load();
		log.info("Loaded the demo county: {} units", created.size());
	}

	List<Unit> load() {
		Random random = new Random(42);
		List<Unit> all = new ArrayList<>();
		Unit bureau = unit(all, BUREAU_CODE, "示范县教育局", "县教育局", UnitType.BUREAU, null, Set.of(), null, null);
		int school = 1;
		int point = 1;
		// County-town schools directly under the bureau.
		String[][] town = { { "示范县第一中学", "SENIOR" }, { "示范县第二中学", "SENIOR" }, { "示范县实验中学", "JUNIOR|SENIOR" },
				{ "示范县城南初级中学", "JUNIOR" }, { "示范县城北初级中学", "JUNIOR" }, { "示范县实验小学", "PRIMARY" },
				{ "示范县第二实验小学", "PRIMARY" }, { "示范县城东小学", "PRIMARY" }, { "示范县城西小学", "PRIMARY" },
				{ "示范县育才学校", "PRIMARY|JUNIOR" }, { "示范县职业技术学校", "VOCATIONAL" }, { "示范县特殊教育学校", "SPECIAL" },
				{ "示范县机关幼儿园", "PRESCHOOL" }, { "示范县实验幼儿园", "PRESCHOOL" }, { "示范县阳光幼儿园", "PRESCHOOL" },
				{ "示范县启明双语学校", "PRIMARY|JUNIOR" } };
		for (int i = 0; i < town.length; i++) {
			Ownership ownership = i == town.length - 1 || i == town.length - 2 ? Ownership.PRIVATE : Ownership.PUBLIC;
			Unit s = unit(all, code("21", school++), town[i][0], null, UnitType.SCHOOL, bureau, stages(town[i][1]),
					Locality.URBAN, ownership);
			enrol(s, random);
		}
		for (int t = 0; t < TOWNSHIPS.length; t++) {
			String name = TOWNSHIPS[t];
			Unit office = unit(all, code("36", 100 + t), name + "教育办", null, UnitType.TOWNSHIP_OFFICE, bureau, Set.of(),
					null, null);
			Locality locality = t == 0 ? Locality.URBAN : t % 2 == 1 ? Locality.TOWN : Locality.RURAL;
			String stem = name.substring(0, 2);
			unit(all, code("21", school++), stem + "中心小学", null, UnitType.SCHOOL, office, stages("PRIMARY"), locality,
					Ownership.PUBLIC);
			unit(all, code("21", school++), stem + "初级中学", null, UnitType.SCHOOL, office, stages("JUNIOR"), locality,
					Ownership.PUBLIC);
			unit(all, code("21", school++), stem + "中心幼儿园", null, UnitType.SCHOOL, office, stages("PRESCHOOL"),
					locality, Ownership.PUBLIC);
			int villages = t == 0 ? 1 : 2 + t % 3;
			String[] villageNames = { "河口", "石桥", "松林", "杨家", "新村" };
			for (int v = 0; v < villages; v++) {
				Unit village = unit(all, code("21", school++), stem + villageNames[v] + "小学", null, UnitType.SCHOOL,
						office, stages("PRIMARY"), Locality.RURAL, Ownership.PUBLIC);
				if (t > 0 && v < 2 && point <= 15) {
					unit(all, code("22", point++), stem + villageNames[v] + "教学点", null, UnitType.TEACHING_POINT,
							village, stages("PRIMARY"), Locality.RURAL, Ownership.PUBLIC);
				}
			}
			if (t % 4 == 1) {
				unit(all, code("21", school++), stem + "九年一贯制学校", null, UnitType.SCHOOL, office,
						stages("PRIMARY|JUNIOR"), locality, Ownership.PUBLIC);
			}
		}
		for (Unit u : all) {
			if (u.getType() == UnitType.SCHOOL || u.getType() == UnitType.TEACHING_POINT) {
				enrol(u, random);
			}
		}
		return all;
	}

	private Unit unit(List<Unit> all, String code, String name, String shortName, UnitType type, Unit parent,
			Set<Stage> stages, Locality locality, Ownership ownership) {
		Unit u = new Unit(code, type);
		u.apply(new UnitForm(code, name, shortName, type, parent == null ? null : parent.getCode(), stages, ownership,
				locality, type == UnitType.BUREAU ? "示范县人民路 1 号" : null,
				type == UnitType.SCHOOL && stages.contains(Stage.SENIOR), null, null,
				LocalDate.of(1950 + all.size() % 60, 9, 1)));
		u.placeUnder(parent);
		units.save(u);
		u.placeUnder(parent);
		all.add(u);
		return u;
	}

	/** School years of enrolment the demo county carries: this one and the two before. */
	static final int SCHOOL_YEARS = 3;

	private void enrol(Unit u, Random random) {
		int year = Year.now().getValue() - (LocalDate.now().getMonthValue() < 9 ? 1 : 0);
		for (Stage stage : u.getStages()) {
			int perClass = stage == Stage.PRESCHOOL ? 30 : 45;
			int classes = u.getType() == UnitType.TEACHING_POINT ? 1 + random.nextInt(3) : 6 + random.nextInt(30);
			int students = classes * (perClass - random.nextInt(10));
			for (int back = 0; back < SCHOOL_YEARS; back++) {
				int schoolYear = year - back;
				// Earlier years as a county's trend has them: fewer births fill primary
				// and preschool less every year, while senior secondary grows.
				double perYear = switch (stage) {
					case PRESCHOOL -> 0.04;
					case PRIMARY -> 0.02;
					case JUNIOR -> 0.0;
					default -> -0.03;
				};
				int then = (int) Math.max(1,
						Math.round(students * (1 + perYear * back) * (1 + (random.nextInt(5) - 2) / 100.0)));
				if (back == 0) {
					then = students;
				}
				if (enrolments.findByUnitIdAndSchoolYearAndStage(u.getId(), schoolYear, stage).isPresent()) {
					continue;
				}
				Enrolment e = new Enrolment(u.getId(), schoolYear, stage);
				e.record(then, back == 0 ? classes : Math.max(1, (int) Math.round(then / (double) (perClass - 5))));
				enrolments.save(e);
			}
		}
	}

	private static Set<Stage> stages(String list) {
		EnumSet<Stage> set = EnumSet.noneOf(Stage.class);
		for (String s : list.split("\\|")) {
			set.add(Stage.valueOf(s));
		}
		return set;
	}

	private static String code(String prefix, int n) {
		return prefix + "360721" + String.format("%02d", n % 100);
	}

}
