package org.hotspotatlas.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hotspotatlas.core.model.Action;
import org.hotspotatlas.core.model.Actor;
import org.hotspotatlas.core.model.Basis;
import org.hotspotatlas.core.model.Claim;
import org.hotspotatlas.core.model.Concert;
import org.hotspotatlas.core.model.Event;
import org.hotspotatlas.core.model.Finding;
import org.hotspotatlas.core.model.Hotspot;
import org.hotspotatlas.core.model.Modality;
import org.hotspotatlas.core.model.PartialDate;
import org.hotspotatlas.core.model.TimeRef;
import org.hotspotatlas.core.model.UsAlignment;

/**
 * What an atlas's records mean, defined once for every renderer: the principals, who acts in each
 * claim, which claims are acts and joint acts, each claim's effective date, and the basis of each
 * verdict. Renderers show these values; they never derive them again. Get it from
 * {@link Atlas#analysis()}; it is computed once, immutable and thread-safe.
 *
 * <p>The rules, each checkable against the data:
 * <ul>
 * <li><b>Principals</b> are the two actors the dataset's {@link Atlas#relationship() relationship}
 *     names, in its order; none for a dataset that names none.</li>
 * <li><b>Roll-up</b>: an actor's principal is the actor itself if it is a principal, else the principal
 *     reached by following {@link Actor#actsFor()} (a leader, official, ministry or state media to its
 *     state). Membership ({@link Actor#memberOf()}) never rolls up: China's seat in the SCO does not
 *     make the SCO China's agent.</li>
 * <li><b>Who acts</b> in a claim: {@code joint} if both principals are among its rolled-up subjects,
 *     the principal's id if one is, else {@code other}. Objects never count.</li>
 * <li><b>An act</b> is a claim whose action {@link Action#isAct() is an act} and whose modality is
 *     {@link Modality#FACT fact}: a plan, a forecast, a judgement or an attributed view has not been
 *     shown to happen.</li>
 * <li><b>A joint act</b> is an act in which both principals act. The modality condition is stricter
 *     than "both act, and the action is an act": a joint plan or forecast is never counted as done.</li>
 * <li><b>Effective date</b> of an event: its enriched time where one was checked (derivation
 *     enrichment, so marked), else its time as the source gives it, else none (the source gives no
 *     time, as for an upcoming meeting with no date). Of a claim: its own time; else the effective date
 *     of the first event it names that has one; else none. Precision is kept.</li>
 * <li><b>Basis</b> of a finding: the author's voice is {@link Basis#AUTHOR}, the dataset's own reading
 *     is {@link Basis#DATASET}, every other voice is {@link Basis#ATTRIBUTED}. A hotspot's alignment
 *     verdict has the basis of its alignment reason.</li>
 * </ul>
 */
public final class Analysis {

    private final Atlas atlas;
    private final List<Actor> principals;
    /** Actor id to the id of its principal, for the actors that have one. */
    private final Map<String, String> principalIds;
    private final List<WhoActs> whoActsValues;
    private final Map<String, WhoActs> byPrincipal;
    private final List<Claim> jointActs;
    /** The joint acts of each hotspot, in dataset order: found once, with {@link #jointActs}. */
    private final Map<String, List<Claim>> jointActsByHotspot;

    Analysis(Atlas atlas) {
        this.atlas = atlas;
        List<Actor> ps = new ArrayList<>();
        for (String id : atlas.relationship().principals()) {
            atlas.actor(id).ifPresent(ps::add);
        }
        // an atlas built around unreadable records (reported already) may lack a principal: then none
        this.principals = ps.size() == 2 ? List.copyOf(ps) : List.of();
        Set<String> principalSet = new LinkedHashSet<>();
        principals.forEach(p -> principalSet.add(p.id()));
        Map<String, String> up = new HashMap<>();
        for (Actor a : atlas.actors()) {
            String at = a.id();
            Set<String> seen = new java.util.HashSet<>();
            while (at != null && seen.add(at)) {
                if (principalSet.contains(at)) {
                    up.put(a.id(), at);
                    break;
                }
                at = atlas.actor(at).map(Actor::actsFor).orElse(null);
            }
        }
        this.principalIds = Collections.unmodifiableMap(up);
        List<WhoActs> values = new ArrayList<>();
        Map<String, WhoActs> single = new LinkedHashMap<>();
        if (!principals.isEmpty()) {
            values.add(WhoActs.JOINT);
            values.add(WhoActs.PARALLEL);
            for (Actor p : principals) {
                WhoActs w = WhoActs.principal(p.id(), p.name());
                single.put(p.id(), w);
                values.add(w);
            }
        }
        values.add(WhoActs.OTHER);
        this.whoActsValues = List.copyOf(values);
        this.byPrincipal = Collections.unmodifiableMap(single);
        this.jointActs = atlas.claims().stream().filter(this::isJointAct).toList();
        Map<String, List<Claim>> byHotspot = new HashMap<>();
        for (Claim c : jointActs) {
            if (c.hotspot() != null) {
                byHotspot.computeIfAbsent(c.hotspot(), k -> new ArrayList<>()).add(c);
            }
        }
        byHotspot.replaceAll((k, v) -> List.copyOf(v));
        this.jointActsByHotspot = byHotspot;
    }

    // ------------------------------------------------------------------ principals

    /** {@return the two principal actors, in the relationship's order; empty if the dataset names none} */
    public List<Actor> principals() {
        return principals;
    }

    /**
     * The principal an actor acts for: the actor itself if it is a principal, else the one reached by
     * following {@link Actor#actsFor()} (never {@link Actor#memberOf()}).
     *
     * @param actorId an actor id
     * @return its principal, or empty if it rolls up to none
     * @throws IllegalArgumentException naming the id and the closest known ones, if no actor has it
     */
    public Optional<Actor> principalOf(String actorId) {
        atlas.requireActor(actorId);
        return Optional.ofNullable(principalIds.get(actorId)).flatMap(atlas::actor);
    }

    // ------------------------------------------------------------------ who acts

    /**
     * The answers {@link #whoActs} can give for this atlas, in display order: joint, parallel, each
     * principal, then other (only other when the dataset names no principals).
     *
     * @return the values
     */
    public List<WhoActs> whoActsValues() {
        return whoActsValues;
    }

    /**
     * Who carries out a claim: {@code joint} if both principals are among its subjects once each
     * subject is rolled up to its principal ({@code parallel} instead if the claim's concert says each
     * acted on its own), one principal if only it is, else {@code other}.
     *
     * @param claim a claim of this atlas
     * @return who acts
     */
    public WhoActs whoActs(Claim claim) {
        if (principals.isEmpty()) {
            return WhoActs.OTHER;
        }
        // there are two principals: the first one met among the subjects, and whether the other is too
        // (called for every claim of a hotspot, so without a set per claim)
        String first = null;
        for (String s : claim.subjects()) {
            String p = principalIds.get(s);
            if (p == null) {
                continue;
            }
            if (first == null) {
                first = p;
            } else if (!first.equals(p)) {
                return claim.concert() == Concert.IN_PARALLEL ? WhoActs.PARALLEL : WhoActs.JOINT;
            }
        }
        return first == null ? WhoActs.OTHER : byPrincipal.get(first);
    }

    /**
     * Whether a claim records an act that happened: its action is an act ({@link Action#isAct()}) and
     * its modality is fact. A plan, forecast, judgement or attributed view is not an act.
     *
     * @param claim a claim
     * @return true for an act
     */
    public boolean isAct(Claim claim) {
        return claim.action().isAct() && claim.modality() == Modality.FACT;
    }

    /**
     * Whether a claim records a joint act: both principals act ({@link #whoActs} is joint), it is an
     * act ({@link #isAct}: an act-type action, reported as fact), and the source presents it as one act
     * of them together, not as acts each carried out in parallel ({@link Concert#IN_PARALLEL}). Stricter
     * than counting every claim in which both act: a joint plan or forecast is never counted as done,
     * and "both sent aid" is two acts, not a joint one. A claim that records no concert counts as
     * together, as every claim did in format 1.0; the bundled dataset records it on every act of both.
     *
     * @param claim a claim
     * @return true for a joint act
     */
    public boolean isJointAct(Claim claim) {
        return isAct(claim) && whoActs(claim).isJoint();
    }

    /**
     * Whether a claim records acts both principals carried out in parallel: both act, it is an act
     * ({@link #isAct}), and the source says each did it ({@link Concert#IN_PARALLEL}). Such a claim is
     * an act by both ({@link #whoActs} is parallel) but not a joint act.
     *
     * @param claim a claim
     * @return true for acts in parallel
     */
    public boolean isParallelAct(Claim claim) {
        return isAct(claim) && whoActs(claim).kind() == WhoActs.Kind.PARALLEL;
    }

    /** {@return every joint act, in dataset order} */
    public List<Claim> jointActs() {
        return jointActs;
    }

    /**
     * {@return the joint acts in that hotspot, in dataset order}
     *
     * @param hotspotId a hotspot id
     * @throws IllegalArgumentException naming the id and the closest known ones, if no hotspot has it
     */
    public List<Claim> jointActs(String hotspotId) {
        atlas.claimsIn(hotspotId); // names the id and the closest known ones if no hotspot has it
        return jointActsByHotspot.getOrDefault(hotspotId, List.of());
    }

    /**
     * The acts in a hotspot grouped by who acts.
     *
     * @param hotspotId a hotspot id
     * @return one entry per value of {@link #whoActsValues()}, in that order, each with its acts in
     *         dataset order (possibly none)
     * @throws IllegalArgumentException naming the id and the closest known ones, if no hotspot has it
     */
    public Map<WhoActs, List<Claim>> acts(String hotspotId) {
        Map<WhoActs, List<Claim>> out = new LinkedHashMap<>();
        whoActsValues.forEach(w -> out.put(w, new ArrayList<>()));
        for (Claim c : atlas.claimsIn(hotspotId)) {
            if (isAct(c)) {
                out.get(whoActs(c)).add(c);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return Collections.unmodifiableMap(out);
    }

    // ------------------------------------------------------------------ dates

    /**
     * A claim's effective date: its own time, unless an event it names has an effective date
     * ({@link #effectiveDate(Event)}) that lies within the claim's own and is more precise (a claim
     * dated February 2019 about a vote on 28 February 2019 takes the day), so that a claim and its event
     * never show two dates for one happening; the first such event in the claim's order counts. A claim
     * without a time of its own takes the effective date of the first event it names that has one. The
     * derivation says where the date came from (an enriched date is marked {@code enrichment}); the
     * precision is the source's or the reference's, never rounded. An event date outside the claim's
     * own is left alone: the claim then speaks of another time than the event.
     *
     * @param claim a claim of this atlas
     * @return the date, or empty if neither the claim nor any of its events has one
     */
    public Optional<TimeRef> effectiveDate(Claim claim) {
        if (claim.time() != null) {
            for (String id : claim.events()) {
                Optional<TimeRef> t = atlas.event(id).flatMap(this::effectiveDate);
                if (t.isPresent() && refines(t.get().date(), claim.time().date())) {
                    return t;
                }
            }
            return Optional.of(claim.time());
        }
        for (String id : claim.events()) {
            Optional<TimeRef> t = atlas.event(id).flatMap(this::effectiveDate);
            if (t.isPresent()) {
                return t;
            }
        }
        return Optional.empty();
    }

    /** Whether a date lies within another and spans fewer days, so that it makes the other more precise. */
    static boolean refines(PartialDate narrow, PartialDate wide) {
        return !narrow.start().isBefore(wide.start()) && !narrow.end().isAfter(wide.end())
                && narrow.end().toEpochDay() - narrow.start().toEpochDay() < wide.end().toEpochDay() - wide.start().toEpochDay();
    }

    /**
     * An event's effective date: its enriched time where one was checked against a reference (derivation
     * enrichment), else its time as the source gives it, else none.
     *
     * @param event an event
     * @return the date, or empty if the source gives no time for the event and none was checked
     */
    public Optional<TimeRef> effectiveDate(Event event) {
        return event.enrichedTime() != null ? Optional.of(event.enrichedTime()) : event.when();
    }

    // ------------------------------------------------------------------ verdicts

    /**
     * {@return on whose word a finding rests: the author's, someone else's (attributed), or the dataset's
     * reading}
     *
     * @param finding a finding
     */
    public Basis basis(Finding finding) {
        return Basis.of(finding.voice());
    }

    /**
     * {@return the basis of a hotspot's alignment verdict: that of its alignment reason}
     *
     * @param hotspot a hotspot
     */
    public Basis alignmentBasis(Hotspot hotspot) {
        return basis(hotspot.assessment().alignmentReason());
    }

    /**
     * The hotspots with an alignment verdict on one basis, so that a count always says what it counts
     * ("2 of 9 hotspots run counter, in the author's words").
     *
     * @param alignment an alignment with U.S. interests
     * @param basis     the basis to count
     * @return the hotspots with that verdict on that basis, in dataset order
     */
    public List<Hotspot> hotspotsWith(UsAlignment alignment, Basis basis) {
        return atlas.hotspots().stream()
                .filter(h -> h.assessment().alignment() == alignment && alignmentBasis(h) == basis).toList();
    }
}
