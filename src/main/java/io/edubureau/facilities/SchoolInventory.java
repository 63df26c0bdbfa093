package io.edubureau.facilities;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A school's equipment and library holdings (设备、图书) as reported for a year: pupils,
 * computers for pupils, books and the value of its teaching equipment; one per school and
 * year, corrected in place (the audit keeps the earlier values).
 */
@Entity
@Table(name = "facilities_inventory")
class SchoolInventory {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "facilities_seq")
	@SequenceGenerator(name = "facilities_seq", sequenceName = "facilities_seq", allocationSize = 50)
	private Long id;

	@Column(nullable = false)
	private Long unitId;

	@Column(nullable = false, length = 400)
	private String unitPath;

	@Column(name = "inventory_year", nullable = false)
	private int year;

	@Column(nullable = false)
	private int pupils;

	@Column(nullable = false)
	private int computers;

	@Column(nullable = false)
	private int books;

	@Column(nullable = false)
	private long equipmentValueFen;

	@Column(nullable = false, length = 64)
	private String recordedBy;

	@Column(nullable = false)
	private Instant recordedAt;

	@Version
	private long version;

	protected SchoolInventory() {
	}

	SchoolInventory(long unitId, String unitPath, int year) {
		this.unitId = unitId;
		this.unitPath = unitPath;
		this.year = year;
	}

	void set(int pupils, int computers, int books, long equipmentValueFen, String by) {
		this.pupils = pupils;
		this.computers = computers;
		this.books = books;
		this.equipmentValueFen = equipmentValueFen;
		this.recordedBy = by;
		this.recordedAt = Instant.now();
	}

	Long getId() {
		return id;
	}

	Long getUnitId() {
		return unitId;
	}

	int getYear() {
		return year;
	}

	int getPupils() {
		return pupils;
	}

	int getComputers() {
		return computers;
	}

	int getBooks() {
		return books;
	}

	long getEquipmentValueFen() {
		return equipmentValueFen;
	}

}
