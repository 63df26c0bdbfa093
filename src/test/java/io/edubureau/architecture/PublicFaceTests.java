package io.edubureau.architecture;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestReporter;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A module's public types are its face: each one is used by the code of another module. A
 * public type no other module's code uses should be package-private. The types below do
 * not follow the rule yet; a new one fails the test, and a listed one that another module
 * starts to use, or that becomes package-private, must leave the list.
 */
class PublicFaceTests {

	static final String ROOT = "io.edubureau.";

	/**
	 * Public types that no other module's code uses (nested types as
	 * {@code Outer.Inner}), as found when the test was written. Most are records and
	 * enums in the signatures of public Management methods that only the module's own
	 * controllers call: they become package-private together with those methods (issue
	 * 22, item 2). Some are used by tests in other packages
	 * ({@code security.TestAccounts}, scope tests), which would have to move first.
	 */
	static final Map<String, Set<String>> NOT_YET_NARROWED = Map.ofEntries(
			// The home page is to read the late projects through this face; not yet
			// wired.
			entry("facilities",
					Set.of("FacilitiesManagement", "LateProjects", "ProjectView", "ProjectKind", "ProjectStatus")),
			// New modules (issue 17): titles and awards are to read the veto and the
			// rural service
			// periods through these faces; not yet wired.
			entry("ethics",
					Set.of("Views", "Views.AssessmentView", "Views.CaseView", "Views.EthicsFile", "Views.StepView")),
			entry("exchange",
					Set.of("Eligibility", "ExchangeKind", "ExchangeManagement", "Views", "Views.ExemptionView",
							"Views.PlanView", "Views.PostingView", "Views.ProposalView", "Views.ServicePeriod",
							"Views.StepView")),
			entry("audit", Set.of("AuditEntryView", "AuditQuery", "AuditQuery.Kind", "LoginEventView")),
			// A leaf module: no module builds on student aid yet (the home page and the
			// dataset command will).
			entry("aid", Set.of("AidManagement")),
			// A leaf module: its face is used by its own browser flow (io.edubureau.e2e),
			// which
			// sets up posts and appointments through it.
			entry("cadres",
					Set.of("ElectionMode", "ElectionStatus", "EndReason", "Forms", "Forms.AdmonishForm",
							"Forms.AppointmentForm", "Forms.BallotForm", "Forms.ElectionForm", "Forms.EndForm",
							"Forms.PaperTallyForm", "Forms.PostForm", "Forms.RemovalForm", "Forms.ReserveForm",
							"Forms.RoundForm", "Forms.TallyForm", "RoundStatus", "Views", "Views.CadreLine",
							"Views.CandidateView", "Views.ElectionView", "Views.PostView", "Views.ReserveView",
							"Views.RoundView", "Views.StepView", "Views.TallyView", "Views.VoterStatus",
							"Forms.TeamAssessmentForm", "Forms.TeamForm", "TeamAssessmentStatus", "TeamGrade",
							"Views.TeamAssessmentView", "Views.TeamStepView", "Views.TeamView")),
			entry("establishment", Set.of("ApprovalRecord", "ApprovedPosts")),
			entry("org", Set.of("UnitForm", "UnitStatusView")),
			// A leaf module: its Management is called only by its own controllers and
			// tests
			// until home and reports read it.
			entry("party", Set.of("PartyManagement")),
			// A leaf module (issue 17): nothing reads commendations yet.
			entry("awards",
					Set.of("AwardKind", "AwardRoundStatus", "AwardsManagement", "NominationStatus", "Views",
							"Views.NominationView", "Views.QuotaView", "Views.RoundView", "Views.StepView")),
			// A leaf module: no other module reads exam results yet.
			entry("exams", Set.of("ExamsManagement")),
			entry("registration",
					Set.of("CycleForm", "RegistrationKind", "RegistrationListEntry", "RegistrationOutcome",
							"StepView")),
			entry("reports",
					Set.of("FigurePeriod", "SummaryChart", "SummaryChart.Kind", "SummaryChart.Series",
							"SummaryDocument", "SummaryDocument.Part", "SummarySection", "TextBlock", "WorkPlan",
							"WorkPlan.Progress", "WorkPlanTarget", "WorkPlanTarget.Comparison")),
			entry("rules",
					Set.of("LocalParameter.Kind", "ParameterChange", "ParameterForm", "ParameterView",
							"PolicyRule.Confidence")),
			entry("security",
					Set.of("ApiTokenView", "BureauUser", "Permission", "Permission.AdminDomain", "RoleForm", "RoleView",
							"SecurityManagement.Created", "SecurityManagement.Created.Token", "UserForm", "UserView")),
			entry("sheet", Set.of("ImportJob", "ImportJob.Phase", "SheetWriter.Body", "BackgroundAction",
					// The home page hands the refused imports to its template without
					// naming the type.
					"FailedImport",
					// Other modules' tests compare it; their code answers it through
					// ActionJob.json.
					"ActionJob.State")),
			// The staff offenders, left for the split of staff (retirement, personnel
			// file):
			// the types that move out of staff leave this list with it.
			entry("staff",
					Set.of("CertificateState", "CertificateType", "FileForm", "HonourForm", "PeriodForm", "PostForm",
							"StaffTrace",
							// personnelfile's appraisal import passes it only as a
							// lambda, which
							// the scan does not see.
							"StaffManagement.RowRefusal")),
			// Split from staff (issue 22) with these public types, read by its own pages
			// and
			// API only.
			entry("transfers",
					Set.of("TransferRequestForm", "TransferRequestView", "TransferStatus", "TransferStepView")),
			// Split from staff (issue 22): the materials' types are read by staff's
			// tests only.
			entry("personnelfile",
					Set.of("MaterialCategory", "MaterialFile", "MaterialView", "Discrepancy", "FileAuditCoverage",
							"FileAuditForm", "FileAuditView")),
			entry("titles",
					Set.of("ApplicationState", "ApplicationView", "ApplicationView.Material", "ApplicationView.Vote",
							"EligibilityInputs", "EligibilityInputs.YearResult", "ObjectionView", "PanelMemberView",
							"RoundResults", "RoundState", "RoundView", "RoundView.Ratio", "StepView", "Term",
							"TitleDecision.Criterion", "TitleEligibility", "TitleForms", "TitleForms.AdvanceForm",
							"TitleForms.ApplicationForm", "TitleForms.AppointmentForm", "TitleForms.DecisionForm",
							"TitleForms.MaterialsForm", "TitleForms.ObjectionForm", "TitleForms.PanelMemberForm",
							"TitleForms.RatioForm", "TitleForms.ResolutionForm", "TitleForms.RoundForm",
							"TitleForms.VoteForm", "TitleMaterial", "UnitQuota", "UnitQuota.LevelQuota", "VoteChoice")),
			entry("training", Set.of("CertificateFile", "Completion", "LedgerDecision", "PlanLineForm", "PlanLineView",
					"TrainingPlan", "TrainingStatus", "TrainingStepView", "UnitCompletion", "YearFigures")));

	@Test
	void everyPublicTypeIsUsedByAnotherModule(TestReporter reporter) {
		Map<String, Set<String>> unused = publicTypesNoOtherModuleUses();
		reporter.publishEntry("staff public types no other module uses (for the split of staff)",
				String.join(", ", unused.getOrDefault("staff", Set.of())));
		assertThat(difference(unused, NOT_YET_NARROWED))
			.as("public types that no other module's code uses: make them package-private")
			.isEmpty();
		assertThat(difference(NOT_YET_NARROWED, unused))
			.as("listed in NOT_YET_NARROWED but used by another module now, or no longer public: strike them")
			.isEmpty();
	}

	private static Set<String> difference(Map<String, Set<String>> these, Map<String, Set<String>> butNotThose) {
		Set<String> names = new TreeSet<>();
		these.forEach((module, types) -> types.stream()
			.filter(type -> !butNotThose.getOrDefault(module, Set.of()).contains(type))
			.forEach(type -> names.add(module + "." + type)));
		return names;
	}

	static Map<String, Set<String>> publicTypesNoOtherModuleUses() {
		JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
			.importPackages("io.edubureau");
		Map<String, Set<String>> unused = new TreeMap<>();
		for (JavaClass type : classes) {
			String module = module(type);
			if (module == null || !type.getModifiers().contains(JavaModifier.PUBLIC)
					|| type.getSimpleName().equals("package-info")) {
				continue;
			}
			boolean usedOutside = type.getDirectDependenciesToSelf()
				.stream()
				.map(Dependency::getOriginClass)
				.anyMatch(origin -> !module.equals(module(origin)));
			if (!usedOutside) {
				String name = type.getName().substring((ROOT + module + ".").length()).replace('$', '.');
				unused.computeIfAbsent(module, m -> new TreeSet<>()).add(name);
			}
		}
		return unused;
	}

	/**
	 * The module a class belongs to (the package below io.edubureau), or null for the
	 * application class.
	 */
	private static String module(JavaClass type) {
		String name = type.getPackageName();
		if (!name.startsWith(ROOT)) {
			return null;
		}
		String rest = name.substring(ROOT.length());
		int dot = rest.indexOf('.');
		return (dot < 0) ? rest : rest.substring(0, dot);
	}

}
