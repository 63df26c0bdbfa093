package io.edubureau.aid;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.edubureau.org.Stage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An aid programme as data: its code, names, kind (GRANT, FEE_WAIVER, MEALS, LOAN) and
 * the stages it serves; a local programme is added by the bureau, never removed.
 */
@Entity
@Table(name = "aid_programme")
class AidProgramme {

	@Id
	@Column(length = 30)
	private String code;

	@Column(nullable = false, length = 100)
	private String nameZh;

	@Column(nullable = false, length = 100)
	private String nameEn;

	@Column(nullable = false, length = 12)
	private String kind;

	// Comma-separated stage names.
	@Column(nullable = false, length = 100)
	private String stages;

	@Column(name = "local_programme", nullable = false)
	private boolean local;

	@Column(nullable = false)
	private boolean active;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	protected AidProgramme() {
	}

	AidProgramme(String code, String nameZh, String nameEn, String kind, Set<Stage> stages, String by) {
		this.code = code;
		this.nameZh = nameZh;
		this.nameEn = nameEn;
		this.kind = kind;
		this.stages = stages.stream().map(Stage::name).sorted().collect(Collectors.joining(","));
		this.local = true;
		this.active = true;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	String getCode() {
		return code;
	}

	String getKind() {
		return kind;
	}

	boolean isActive() {
		return active;
	}

	Set<Stage> stages() {
		EnumSet<Stage> set = EnumSet.noneOf(Stage.class);
		Arrays.stream(stages.split(",")).filter(s -> !s.isBlank()).forEach(s -> set.add(Stage.valueOf(s.strip())));
		return set;
	}

	/**
	 * Whether the programme helps families in hardship only (meals reach every pupil of a
	 * pilot school).
	 */
	boolean needsHardship() {
		return !"MEALS".equals(kind);
	}

	ProgrammeView toView() {
		return new ProgrammeView(code, nameZh, nameEn, kind, stages(), local, active);
	}

	String name(boolean chinese) {
		return chinese ? nameZh : nameEn;
	}

}
