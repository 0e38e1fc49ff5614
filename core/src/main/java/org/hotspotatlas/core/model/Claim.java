package org.hotspotatlas.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One typed assertion of the source: who does what to or about whom, where, when, how certainly
 * and in whose voice, and where the source says it.
 *
 * @param id         stable id
 * @param hotspot    the hotspot's id, or null for a claim about the relationship as a whole
 * @param theatre    the id of a theatre inside the hotspot, or null
 * @param subjects   ids of the actors who act (at least one)
 * @param action     what they do
 * @param objects    ids of the actors acted on or talked about, possibly empty
 * @param summary    the claim in the curator's words
 * @param modality   fact, stated plan, forecast, judgement or attributed view
 * @param voice      whose statement it is
 * @param likelihood the ICD 203 word the source uses, or null
 * @param time       when, or null if the source gives no time
 * @param quantities numbers the claim carries, possibly empty
 * @param quote      a short verbatim phrase (at most 12 words) where the wording is itself the fact,
 *                   or null
 * @param cameo      a CAMEO event code more specific than the action's root code, or null
 * @param events     ids of events the claim is about, possibly empty
 * @param locators   where the source says it (at least one)
 * @param concert    for several subjects, whether the source presents one act of them together or acts
 *                   each carried out in parallel; null if it is not recorded (or there is one subject)
 */
public record Claim(String id, String hotspot, String theatre, List<String> subjects, Action action,
                    List<String> objects, String summary, Modality modality, Voice voice, Likelihood likelihood,
                    TimeRef time, List<Quantity> quantities, String quote, String cameo, List<String> events,
                    List<Locator> locators, Concert concert) {

    /** The most words a verbatim quote may have. */
    public static final int MAX_QUOTE_WORDS = 12;

    /**
     * Validates and copies.
     *
     * @param id         stable id
     * @param hotspot    the hotspot's id, or null for a claim about the relationship as a whole
     * @param theatre    the id of a theatre inside the hotspot, or null
     * @param subjects   ids of the actors who act (at least one)
     * @param action     what they do
     * @param objects    ids of the actors acted on or talked about, possibly empty
     * @param summary    the claim in the curator's words
     * @param modality   fact, stated plan, forecast, judgement or attributed view
     * @param voice      whose statement it is
     * @param likelihood the ICD 203 word the source uses, or null
     * @param time       when, or null if the source gives no time
     * @param quantities numbers the claim carries, possibly empty
     * @param quote      a short verbatim phrase (at most 12 words) where the wording is itself the fact,
     *                   or null
     * @param cameo      a CAMEO event code more specific than the action's root code, or null
     * @param events     ids of events the claim is about, possibly empty
     * @param locators   where the source says it (at least one)
     * @param concert    for several subjects, together or in parallel; null if not recorded
     * @throws IllegalArgumentException if a rule is broken, naming the rule and the value
     */
    public Claim {
        Checks.id(id, "claim id");
        if (hotspot != null) {
            Checks.id(hotspot, "claim hotspot");
        }
        if (theatre != null) {
            Checks.id(theatre, "claim theatre");
            if (hotspot == null) {
                throw new IllegalArgumentException("claim theatre '" + theatre + "' needs a hotspot");
            }
        }
        subjects = Checks.nonEmpty(Checks.ids(subjects, "claim subjects"), "claim subjects");
        Objects.requireNonNull(action, "claim action");
        objects = Checks.ids(objects, "claim objects");
        Checks.text(summary, "claim summary");
        Objects.requireNonNull(modality, "claim modality");
        Objects.requireNonNull(voice, "claim voice");
        if (likelihood != null && modality != Modality.FORECAST && modality != Modality.JUDGEMENT
                && modality != Modality.ATTRIBUTED_VIEW) {
            throw new IllegalArgumentException("claim likelihood '" + likelihood.code()
                    + "' needs modality forecast, judgement or attributed-view, but modality was '"
                    + modality.code() + "'");
        }
        quantities = Checks.list(quantities, "claim quantities");
        Checks.optionalText(quote, "claim quote");
        if (quote != null) {
            int words = quote.trim().split("\\s+").length;
            if (words > MAX_QUOTE_WORDS) {
                throw new IllegalArgumentException("claim quote must have at most " + MAX_QUOTE_WORDS
                        + " words, but had " + words);
            }
        }
        if (cameo != null && !cameo.matches("[0-9]{2,4}")) {
            throw new IllegalArgumentException("claim cameo must be 2 to 4 digits, but was '" + cameo + "'");
        }
        events = Checks.ids(events, "claim events");
        locators = Checks.nonEmpty(Checks.list(locators, "claim locators"), "claim locators");
        if (concert != null && subjects.size() < 2) {
            throw new IllegalArgumentException("claim concert '" + concert.code()
                    + "' needs at least two subjects, but there was one: " + subjects.get(0));
        }
    }

    /**
     * A claim with no recorded concert: the form of format 1.0 and of claims with one subject.
     *
     * @param id         stable id
     * @param hotspot    the hotspot's id, or null for a claim about the relationship as a whole
     * @param theatre    the id of a theatre inside the hotspot, or null
     * @param subjects   ids of the actors who act (at least one)
     * @param action     what they do
     * @param objects    ids of the actors acted on or talked about, possibly empty
     * @param summary    the claim in the curator's words
     * @param modality   fact, stated plan, forecast, judgement or attributed view
     * @param voice      whose statement it is
     * @param likelihood the ICD 203 word the source uses, or null
     * @param time       when, or null if the source gives no time
     * @param quantities numbers the claim carries, possibly empty
     * @param quote      a short verbatim phrase (at most 12 words), or null
     * @param cameo      a CAMEO event code more specific than the action's root code, or null
     * @param events     ids of events the claim is about, possibly empty
     * @param locators   where the source says it (at least one)
     * @throws IllegalArgumentException if a rule is broken, naming the rule and the value
     */
    public Claim(String id, String hotspot, String theatre, List<String> subjects, Action action,
                 List<String> objects, String summary, Modality modality, Voice voice, Likelihood likelihood,
                 TimeRef time, List<Quantity> quantities, String quote, String cameo, List<String> events,
                 List<Locator> locators) {
        this(id, hotspot, theatre, subjects, action, objects, summary, modality, voice, likelihood, time, quantities,
                quote, cameo, events, locators, null);
    }

    /**
     * Gives how the source presents an act of several subjects.
     *
     * @return together or in parallel, if recorded
     */
    public Optional<Concert> concertOf() {
        return Optional.ofNullable(concert);
    }

    /**
     * Gives the CAMEO event code for this claim, its own or the one its action implies.
     *
     * @return the claim's CAMEO code, or else its action's root code, if either exists
     */
    public Optional<String> cameoCode() {
        return cameo != null ? Optional.of(cameo) : action.cameo();
    }

    /**
     * Gives the estimative word (ICD 203) the source attaches to this claim.
     *
     * @return the ICD 203 word, if the source uses one
     */
    public Optional<Likelihood> likelihoodWord() {
        return Optional.ofNullable(likelihood);
    }

    /**
     * Gives the time this claim refers to.
     *
     * @return when, if the source says
     */
    public Optional<TimeRef> when() {
        return Optional.ofNullable(time);
    }

    /**
     * Tells whether an actor takes part in this claim, on either side.
     *
     * @param actorId an actor id
     * @return whether the actor is among the subjects or the objects
     */
    public boolean involves(String actorId) {
        return subjects.contains(actorId) || objects.contains(actorId);
    }
}
