package org.hotspotatlas.export.xlsx;

import java.util.List;
import java.util.Optional;

import org.hotspotatlas.core.Analysis;
import org.hotspotatlas.core.Atlas;
import org.hotspotatlas.core.WhoActs;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.TimeRef;

/**
 * What every sheet of one export needs: the workbook, the atlas, core's analysis of it, the order of
 * the Claims sheet, and the principal pair with the sheet names that depend on it. Everything a sheet
 * shows that is derived rather than recorded comes from {@link #analysis}; the sheets only lay it out.
 * Not thread-safe: one per export.
 */
final class Run {

    final Book book;
    final Atlas atlas;
    final Analysis analysis;
    final ClaimOrder order;
    /** The dataset's two principals, in its order; empty if it names none. */
    final List<Actor> principals;
    /** The instruments sheet, named after the principals ("China vs Russia"); null without principals. */
    final String comparison;
    /** How many columns the Claims table has; a link to a hotspot's claims spans them all. */
    final int claimColumns;

    Run(Book book, Atlas atlas, ClaimOrder order) {
        this.book = book;
        this.atlas = atlas;
        this.analysis = atlas.analysis();
        this.order = order;
        this.principals = analysis.principals();
        this.comparison = principals.isEmpty() ? null
                : Book.sheetName(principals.get(0).name() + " vs " + principals.get(1).name());
        this.claimColumns = RecordSheets.claimColumns(this).size();
    }

    // A row of the record sheets asks about its claim several times; the last answers are kept.
    private Claim lastWho;
    private WhoActs who;
    private Claim lastDated;
    private Optional<TimeRef> date;

    /** @return who acts in a claim, from core */
    WhoActs whoActs(Claim c) {
        if (c != lastWho) {
            who = analysis.whoActs(c);
            lastWho = c;
        }
        return who;
    }

    /** @return a claim's effective date, from core */
    Optional<TimeRef> effectiveDate(Claim c) {
        if (c != lastDated) {
            date = analysis.effectiveDate(c);
            lastDated = c;
        }
        return date;
    }

    private Claim lastJudged;
    private boolean act;
    private boolean jointAct;

    /** @return whether a claim is a joint act, from core */
    boolean isJointAct(Claim c) {
        judge(c);
        return jointAct;
    }

    /** @return whether a claim is an act, from core */
    boolean isAct(Claim c) {
        judge(c);
        return act;
    }

    private void judge(Claim c) {
        if (c != lastJudged) {
            act = analysis.isAct(c);
            jointAct = analysis.isJointAct(c);
            lastJudged = c;
        }
    }

    /**
     * Whether a principal is among the actors of a claim, rolled up as core rolls them up: true for both
     * principals of a claim both carry out (together or in parallel), for the one principal of a claim
     * it does without the other, else false.
     */
    static boolean acts(WhoActs who, Actor principal) {
        return who.isBoth() || principal.id().equals(who.principal());
    }

    /** @return "Yes" or "No", as a pivot table shows a yes-or-no column */
    static String yesNo(boolean b) {
        return b ? "Yes" : "No";
    }

    /** @return the name of each principal joined with " and ", such as "China and Russia" */
    String pair() {
        return principals.isEmpty() ? "the principals"
                : principals.get(0).name() + " and " + principals.get(1).name();
    }
}
