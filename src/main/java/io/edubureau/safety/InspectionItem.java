package io.edubureau.safety;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** The result of one checklist item of an inspection. */
@Entity
@Table(name = "safety_inspection_item")
class InspectionItem {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "safety_seq")
	@SequenceGenerator(name = "safety_seq", sequenceName = "safety_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long inspectionId;

	@Column(nullable = false, length = 40)
	private String itemCode;

	@Column(nullable = false)
	private boolean passed;

	@Column(length = 300)
	private String note;

	protected InspectionItem() {
	}

	InspectionItem(long inspectionId, String itemCode, boolean passed, String note) {
		this.inspectionId = inspectionId;
		this.itemCode = itemCode;
		this.passed = passed;
		this.note = note;
	}

	Long getInspectionId() {
		return inspectionId;
	}

	String getItemCode() {
		return itemCode;
	}

	boolean isPassed() {
		return passed;
	}

	String getNote() {
		return note;
	}

}
