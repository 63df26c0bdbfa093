/**
 * Transfers between units (调动): a school asks the bureau to move a person to another
 * unit, the bureau approves (the person moves with their whole history) or rejects with a
 * comment, the school may withdraw; every step a history row.
 * <p>
 * Owns the tables {@code staff_transfer_request} and {@code staff_transfer_step}; their
 * migration stays under {@code db/migration/staff}, where it was applied before this
 * module was split from {@code staff} (issue 22). A top-level module built on
 * {@code staff}, like {@code selfservice}: the person is read through
 * {@code StaffManagement.get}, an approved request moves the person through
 * {@code StaffManagement.moveOnRequest} (posting, event and audit are staff's), and the
 * merge of duplicates ({@code personnelfile}'s) asks this module through
 * {@code personnelfile.MergeGuard} whether the record to merge has an open request. The
 * queue applies the scope in its query on the request's own unit ids (from and to), so no
 * query here joins a staff table. Same URLs and permissions as before the split
 * ({@code /staff/transfers}, {@code /staff/{id}/transfer-request},
 * {@code /api/v1/staff/transfers}; {@code staff:transfer:request},
 * {@code staff:transfer:approve}); the person's page loads the request card from
 * {@code /staff/{id}/transfer-panel}. Public face:
 * {@link io.edubureau.transfers.TransfersManagement} (the home page counts the queue).
 * Contributes the {@code transfers.*} figures (requests approved, refused and waiting in
 * the year, {@code TransferFigures}). Depends on {@code staff}, {@code org} (units and
 * the data scope), {@code audit}, {@code platform}, {@code personnelfile} (implements its
 * {@code MergeGuard}) and {@code reports} (contributes figures).
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "staff", "org", "audit", "platform", "personnelfile", "reports" })
package io.edubureau.transfers;
