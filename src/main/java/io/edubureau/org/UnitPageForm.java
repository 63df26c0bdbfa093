package io.edubureau.org;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The unit form as the page binds it: a bean, so a value that does not convert (an
 * unknown type, a bad date) is kept and shown back with its message instead of failing
 * the whole request.
 */
class UnitPageForm {

	private String code;

	private String name;

	private String shortName;

	private UnitType type;

	private String parentCode;

	private Set<Stage> stages = EnumSet.noneOf(Stage.class);

	private Ownership ownership;

	private Locality locality;

	private String address;

	private boolean boarding;

	private String principal;

	private String phone;

	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate foundedDate;

	static UnitPageForm of(UnitForm form) {
		UnitPageForm f = new UnitPageForm();
		f.code = form.code();
		f.name = form.name();
		f.shortName = form.shortName();
		f.type = form.type();
		f.parentCode = form.parentCode();
		f.setStages(form.stages());
		f.ownership = form.ownership();
		f.locality = form.locality();
		f.address = form.address();
		f.boarding = Boolean.TRUE.equals(form.boarding());
		f.principal = form.principal();
		f.phone = form.phone();
		f.foundedDate = form.foundedDate();
		return f;
	}

	UnitForm toForm() {
		return new UnitForm(code, name, shortName, type, parentCode, stages, ownership, locality, address, boarding,
				principal, phone, foundedDate);
	}

	public String getCode() {
		return code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public String getShortName() {
		return shortName;
	}

	public void setShortName(String shortName) {
		this.shortName = shortName;
	}

	public UnitType getType() {
		return type;
	}

	public void setType(UnitType type) {
		this.type = type;
	}

	public String getParentCode() {
		return parentCode;
	}

	public void setParentCode(String parentCode) {
		this.parentCode = parentCode;
	}

	public Set<Stage> getStages() {
		return stages;
	}

	public void setStages(Set<Stage> stages) {
		this.stages = EnumSet.noneOf(Stage.class);
		if (stages != null) {
			stages.stream().filter(s -> s != null).forEach(this.stages::add);
		}
	}

	public Ownership getOwnership() {
		return ownership;
	}

	public void setOwnership(Ownership ownership) {
		this.ownership = ownership;
	}

	public Locality getLocality() {
		return locality;
	}

	public void setLocality(Locality locality) {
		this.locality = locality;
	}

	public String getAddress() {
		return address;
	}

	public void setAddress(String address) {
		this.address = address;
	}

	public boolean isBoarding() {
		return boarding;
	}

	public void setBoarding(boolean boarding) {
		this.boarding = boarding;
	}

	public String getPrincipal() {
		return principal;
	}

	public void setPrincipal(String principal) {
		this.principal = principal;
	}

	public String getPhone() {
		return phone;
	}

	public void setPhone(String phone) {
		this.phone = phone;
	}

	public LocalDate getFoundedDate() {
		return foundedDate;
	}

	public void setFoundedDate(LocalDate foundedDate) {
		this.foundedDate = foundedDate;
	}

}
