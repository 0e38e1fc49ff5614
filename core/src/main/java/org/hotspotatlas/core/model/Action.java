package org.hotspotatlas.core.model;

import java.util.Optional;

/**
 * The controlled vocabulary of what a claim says an actor does. Where the CAMEO event coding
 * scheme has a matching top-level category, {@link #cameo()} gives its two-digit root code; where it
 * has none (an abstention, a hedge, a silence), it is empty.
 */
public enum Action implements Vocabulary {
    /** Leaders or officials meet. */
    MEETING("Leaders or officials meet.", "04"),
    /** A leader or official travels to another country. */
    VISIT("A leader or official travels to another country.", "04"),
    /** Consulting a third party to enlist help or align positions. */
    CONSULTATION("Consulting a third party to enlist help or align positions.", "04"),
    /** Negotiating, or agreeing to advance a negotiation. */
    NEGOTIATION("Negotiating, or agreeing to advance a negotiation.", "04"),
    /** A public statement, declaration or self-description. */
    PUBLIC_STATEMENT("A public statement, declaration or self-description.", "01"),
    /** Warning publicly about another party's conduct or influence. */
    WARNING("Warning publicly about another party's conduct or influence.", "01"),
    /** Putting forward a proposal together. */
    JOINT_PROPOSAL("Putting forward a proposal together.", null),
    /** Pressing a party to change course, short of force. */
    PRESSURE("Pressing a party to change course, short of force.", null),
    /** Arguing publicly for a course of action by others. */
    ADVOCACY("Arguing publicly for a course of action by others.", null),
    /** Seeking or granting relief from sanctions. */
    SANCTIONS_RELIEF("Seeking or granting relief from sanctions.", null),
    /** Working around another state's sanctions. */
    SANCTIONS_CIRCUMVENTION("Working around another state's sanctions.", null),
    /** Helping a government or ruler stay in power. */
    REGIME_SUPPORT("Helping a government or ruler stay in power.", null),
    /** Backing a party's position or process diplomatically. */
    DIPLOMATIC_SUPPORT("Backing a party's position or process diplomatically.", "05"),
    /** Trade, investment or economic backing. */
    ECONOMIC_SUPPORT("Trade, investment or economic backing.", "06"),
    /** Practical cooperation on a shared project, such as routes or infrastructure. */
    COOPERATION("Practical cooperation on a shared project, such as routes or infrastructure.", "06"),
    /** Providing aid. */
    AID("Providing aid.", "07"),
    /** Arms, training or other military help. */
    MILITARY_ASSISTANCE("Arms, training or other military help.", "07"),
    /** Rebuilding after a war. */
    RECONSTRUCTION("Rebuilding after a war.", "06"),
    /** Keeping bases or forces in a country. */
    MILITARY_PRESENCE("Keeping bases or forces in a country.", null),
    /** Security help short of combat: guards, advisers, policing and counter-terrorism support. */
    SECURITY_ASSISTANCE("Security help short of combat: guards, advisers, policing and counter-terrorism support.", null),
    /** Voting a United Nations Security Council draft down as a permanent member. */
    VETO("Voting a United Nations Security Council draft down as a permanent member.", "12"),
    /** Abstaining in a vote. */
    ABSTENTION("Abstaining in a vote.", null),
    /** Opposing a measure, vote or decision. */
    OPPOSITION("Opposing a measure, vote or decision.", "12"),
    /** Staying away from a meeting or conference in protest. */
    BOYCOTT("Staying away from a meeting or conference in protest.", null),
    /** Refusing to recognise a state or government. */
    NON_RECOGNITION("Refusing to recognise a state or government.", null),
    /** Preparing for a change of power or course while keeping current ties. */
    HEDGING("Preparing for a change of power or course while keeping current ties.", null),
    /** Leaving the lead to the other power where its core interests lie. */
    DEFERENCE("Leaving the lead to the other power where its core interests lie.", null),
    /** Adjusting policies to avoid friction with the other power. */
    CALIBRATION("Adjusting policies to avoid friction with the other power.", null),
    /** Working in different countries or sectors from the other power. */
    DIVISION_OF_LABOUR("Working in different countries or sectors from the other power.", null),
    /** Saying nothing publicly about a matter. */
    SILENCE("Saying nothing publicly about a matter.", null),
    /** Creating or expanding international groupings and institutions. */
    INSTITUTION_BUILDING("Creating or expanding international groupings and institutions.", null),
    /** Acting as a counterweight to another power for a third party. */
    COUNTERBALANCING("Acting as a counterweight to another power for a third party.", null),
    /** Coercive repression of a population. */
    REPRESSION("Coercive repression of a population.", "17"),
    /** Pursuing or holding a stated objective. */
    AIM("Pursuing or holding a stated objective.", null),
    /** Holding a common worry or threat perception. */
    SHARED_CONCERN("Holding a common worry or threat perception.", null),
    /** Marking an anniversary or commemorating a shared history. */
    COMMEMORATION("Marking an anniversary or commemorating a shared history.", null),
    /** Background about a party's situation, such as where it lies or what it belongs to. */
    CONTEXT("Background about a party's situation, such as where it lies or what it belongs to.", null),
    /** Friction arising between parties. */
    TENSION("Friction arising between parties.", null),
    /** An evaluation or characterisation rather than an act. */
    ASSESSMENT("An evaluation or characterisation rather than an act.", null);

    private final String description;
    private final String cameo;

    Action(String description, String cameo) {
        this.description = description;
        this.cameo = cameo;
    }

    @Override
    public String code() {
        return Vocabulary.codeOf(this);
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * Reads an action from the code a dataset file uses for it.
     *
     * @param code the written code
     * @return the term with that code
     * @throws IllegalArgumentException if no term has it
     */
    public static Action fromCode(String code) {
        return Vocabulary.fromCode(Action.class, code);
    }

    /**
     * Gives the matching root category of the CAMEO event coding scheme, for tools that use it.
     *
     * @return the CAMEO root category code, where one matches
     */
    public Optional<String> cameo() {
        return Optional.ofNullable(cameo);
    }

}
