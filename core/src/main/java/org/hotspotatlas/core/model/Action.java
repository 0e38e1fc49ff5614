package org.hotspotatlas.core.model;

import java.util.Optional;

/**
 * The controlled vocabulary of what a claim says an actor does. Where the CAMEO event coding
 * scheme has a matching top-level category, {@link #cameo()} gives its two-digit root code; where it
 * has none (an abstention, a hedge, a silence), it is empty. {@link #isAct()} separates acts from
 * aims, views and descriptions of the relationship.
 */
public enum Action implements Vocabulary {
    /** Leaders or officials meet. An act: something an actor does. */
    MEETING("Meeting", "Leaders or officials meet.", "04", true),
    /** A leader or official travels to another country. An act: something an actor does. */
    VISIT("Visit", "A leader or official travels to another country.", "04", true),
    /** Consulting a third party to enlist help or align positions. An act: something an actor does. */
    CONSULTATION("Consultation", "Consulting a third party to enlist help or align positions.", "04", true),
    /** Negotiating, or agreeing to advance a negotiation. An act: something an actor does. */
    NEGOTIATION("Negotiation", "Negotiating, or agreeing to advance a negotiation.", "04", true),
    /** A public statement, declaration or self-description. Not an act: a statement about a position or the relationship, not a doing. */
    PUBLIC_STATEMENT("Public statement", "A public statement, declaration or self-description.", "01", false),
    /** Warning publicly about another party's conduct or influence. An act: something an actor does. */
    WARNING("Warning", "Warning publicly about another party's conduct or influence.", "01", true),
    /** Putting forward a proposal together. An act: something an actor does. */
    JOINT_PROPOSAL("Joint proposal", "Putting forward a proposal together.", null, true),
    /** Pressing a party to change course, short of force. An act: something an actor does. */
    PRESSURE("Pressure", "Pressing a party to change course, short of force.", null, true),
    /** Arguing publicly for a course of action by others. An act: something an actor does. */
    ADVOCACY("Advocacy", "Arguing publicly for a course of action by others.", null, true),
    /** Seeking or granting relief from sanctions. An act: something an actor does. */
    SANCTIONS_RELIEF("Sanctions relief", "Seeking or granting relief from sanctions.", null, true),
    /** Working around another state's sanctions. An act: something an actor does. */
    SANCTIONS_CIRCUMVENTION("Sanctions circumvention", "Working around another state's sanctions.", null, true),
    /** Helping a government or ruler stay in power. An act: something an actor does. */
    REGIME_SUPPORT("Regime support", "Helping a government or ruler stay in power.", null, true),
    /** Backing a party's position or process diplomatically. An act: something an actor does. */
    DIPLOMATIC_SUPPORT("Diplomatic support", "Backing a party's position or process diplomatically.", "05", true),
    /** Trade, investment or economic backing. An act: something an actor does. */
    ECONOMIC_SUPPORT("Economic support", "Trade, investment or economic backing.", "06", true),
    /** Practical cooperation on a shared project, such as routes or infrastructure. An act: something an actor does. */
    COOPERATION("Cooperation", "Practical cooperation on a shared project, such as routes or infrastructure.", "06", true),
    /** Providing aid. An act: something an actor does. */
    AID("Aid", "Providing aid.", "07", true),
    /** Arms, training or other military help. An act: something an actor does. */
    MILITARY_ASSISTANCE("Military assistance", "Arms, training or other military help.", "07", true),
    /** Rebuilding after a war. An act: something an actor does. */
    RECONSTRUCTION("Reconstruction", "Rebuilding after a war.", "06", true),
    /** Keeping bases or forces in a country. An act: something an actor does. */
    MILITARY_PRESENCE("Military presence", "Keeping bases or forces in a country.", null, true),
    /** Security help short of combat: guards, advisers, policing and counter-terrorism support. An act: something an actor does. */
    SECURITY_ASSISTANCE("Security assistance", "Security help short of combat: guards, advisers, policing and counter-terrorism support.", null, true),
    /** Voting a United Nations Security Council draft down as a permanent member. An act: something an actor does. */
    VETO("Veto", "Voting a United Nations Security Council draft down as a permanent member.", "12", true),
    /** Abstaining in a vote. An act: something an actor does. */
    ABSTENTION("Abstention", "Abstaining in a vote.", null, true),
    /** Opposing a measure, vote or decision. An act: something an actor does. */
    OPPOSITION("Opposition", "Opposing a measure, vote or decision.", "12", true),
    /** Staying away from a meeting or conference in protest. An act: something an actor does. */
    BOYCOTT("Boycott", "Staying away from a meeting or conference in protest.", null, true),
    /** Refusing to recognise a state or government. An act: something an actor does. */
    NON_RECOGNITION("Non-recognition", "Refusing to recognise a state or government.", null, true),
    /** Preparing for a change of power or course while keeping current ties. An act: something an actor does. */
    HEDGING("Hedging", "Preparing for a change of power or course while keeping current ties.", null, true),
    /** Leaving the lead to the other power where its core interests lie. Not an act: a characterisation of how the two relate (one leaves the lead to the other), not something done. */
    DEFERENCE("Deference", "Leaving the lead to the other power where its core interests lie.", null, false),
    /** Adjusting policies to avoid friction with the other power. Not an act: a characterisation of how the two adjust to each other, not something done. */
    CALIBRATION("Calibration", "Adjusting policies to avoid friction with the other power.", null, false),
    /** Working in different countries or sectors from the other power. Not an act: a characterisation of how the work falls between the two, not something done. */
    DIVISION_OF_LABOUR("Division of labour", "Working in different countries or sectors from the other power.", null, false),
    /** Saying nothing publicly about a matter. Not an act: the absence of a statement, not a doing. */
    SILENCE("Silence", "Saying nothing publicly about a matter.", null, false),
    /** Creating or expanding international groupings and institutions. An act: something an actor does. */
    INSTITUTION_BUILDING("Institution building", "Creating or expanding international groupings and institutions.", null, true),
    /** Acting as a counterweight to another power for a third party. Not an act: a characterisation of a role a third party sees, not something done. */
    COUNTERBALANCING("Counterbalancing", "Acting as a counterweight to another power for a third party.", null, false),
    /** Coercive repression of a population. An act: something an actor does. */
    REPRESSION("Repression", "Coercive repression of a population.", "17", true),
    /** Pursuing or holding a stated objective. Not an act: an objective held, not yet something done. */
    AIM("Aim", "Pursuing or holding a stated objective.", null, false),
    /** Holding a common worry or threat perception. Not an act: a view held in common, not a doing. */
    SHARED_CONCERN("Shared concern", "Holding a common worry or threat perception.", null, false),
    /** Marking an anniversary or commemorating a shared history. Not an act: marking an anniversary is a self-description of the relationship, not a doing in a hotspot. */
    COMMEMORATION("Commemoration", "Marking an anniversary or commemorating a shared history.", null, false),
    /** Background about a party's situation, such as where it lies or what it belongs to. Not an act: background about a party's situation. */
    CONTEXT("Context", "Background about a party's situation, such as where it lies or what it belongs to.", null, false),
    /** Friction arising between parties. Not an act: a state of friction between parties, not something one of them does. */
    TENSION("Tension", "Friction arising between parties.", null, false),
    /** An evaluation or characterisation rather than an act. Not an act: an evaluation or characterisation. */
    ASSESSMENT("Assessment", "An evaluation or characterisation rather than an act.", null, false);

    private final String label;
    private final String description;
    private final String cameo;
    private final boolean act;

    Action(String label, String description, String cameo, boolean act) {
        this.act = act;
        this.label = label;
        this.description = description;
        this.cameo = cameo;
    }

    @Override
    public String code() {
        return Vocabulary.codeOf(this);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Reads an action from the code a dataset file uses for it; codes are matched exactly (lower case,
     * hyphens).
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException naming the code and the accepted ones, if no term has it
     */
    public static Action fromCode(String code) {
        return Vocabulary.fromCode(Action.class, code);
    }

    /**
     * Whether the action is an act: something an actor does (a meeting, a veto, aid, a boycott),
     * rather than an aim, a view, a state of affairs or a description of the relationship (an
     * assessment, a tension, deference, division of labour, a commemoration, a public statement).
     * Each constant's documentation says which it is and why. Only acts count as joint acts.
     *
     * @return true for an act
     */
    public boolean isAct() {
        return act;
    }

    /** {@return the CAMEO root category code, where one matches} */
    public Optional<String> cameo() {
        return Optional.ofNullable(cameo);
    }

}
