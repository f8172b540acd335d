"""Strict schemas of the resource files: every lexicon is validated when it is loaded.

One :func:`validate` serves every file under ``eventkit/resources`` and every
user lexicon that extends or replaces one (:class:`eventkit.lexicons.Resources`):
unknown keys, misspelt frames and values of the wrong shape are errors that
name the file and the problem. Trigger lexicons (``<type>_triggers.en.yaml``)
share :class:`TriggerRule`; the frames a rule may use depend on the type.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model, model_validator

__all__ = ["FRAMES", "TriggerLexicon", "TriggerRule", "stem", "validate"]

#: Argument frames each event type's extractor understands (see the lexicon files' headers).
FRAMES: dict[str, frozenset[str]] = {
    "meeting": frozenset({"symmetric", "partner", "host", "visit", "call", "nominal", "mediation", "topic"}),
    "donation": frozenset({"give", "receive", "rescue", "help", "nominal"}),
    "incident": frozenset({"nominal"}),
}
#: Frames of the generic extractor of user-defined types (:mod:`eventkit.extractors.generic`).
GENERIC_FRAMES = frozenset({"transitive", "nominal"})


class TriggerRule(BaseModel):
    """One trigger rule of a lexicon file.

    Attributes:
        id: Rule name, unique in its file; the rule id is ``<type>.<id>.v1``.
        lemmas: Single-word lemmas (multi-word entries are matched as phrases).
        phrases: Multi-word expressions, matched on lemmas or lower-cased words.
        pos: Allowed coarse parts of speech of single-word lemmas.
        kind: Meeting or donation kind.
        category: Incident category.
        frame: Argument frame (see the lexicon file's header).
        strength: How reliably the words denote the event, in [0, 1].
        needs_argument: Keep the trigger only with a named argument.
        intransitive: Verbs only: a direct object or clause means another
            sense ("protesters demonstrated" vs "the visit demonstrated its value").
        transitive: Verbs only: without an object (or a passive subject) it is
            another sense ("the film bombed at the box office").
        vehicle_argument: For verbs, an object or a passive subject must be a
            vehicle (``vehicles.en.txt``) or a structure (``structure_words``):
            "the bus overturned", "sank the ferry", not "overturned the ruling";
            for nouns, a vehicle must modify the noun: "a bus plunge", not "a
            plunge in shares".
        needs_arms: Verbs only: another sense unless a military or weapon word
            (``military_words``, ``weapon_words``) is in the verb's subject,
            object or agent ("warplanes struck targets", not "struck a deal"),
            or a vehicle that struck ("a truck struck a school bus": an
            accident).
        needs_vehicle: Verbs only: another sense unless a vehicle
            (``vehicles.en.txt``) is the verb's subject or "by" agent ("a
            train slammed into a lorry", not "critics slammed the plan").
        companion_only: Never an event on its own, only an argument-bearing
            part of another trigger's event ("clashes broke out at a rally":
            a riot; "the candidate's rally": nothing).
        needs_protesters: Verbs only: another sense unless the subject is a
            protest group (``protest_groups``): "protesters gathered outside
            parliament", not "supporters gathered to hear the candidate".
        vehicle_subject: Verbs only: another sense unless a vehicle (a
            vehicle word or a maker and model) is the subject ("a car skidded
            off the road", not "Boeing skidded to a loss").
        lone_vehicle_subject: Verbs only: another sense unless the subject's
            head is itself a vehicle word (``vehicles.en.txt``; not a pronoun,
            a driver or a maker) and neither the verb nor a phrase's particle
            has an object ("a bus rolled over"; not "tanks rolled over the
            border", "they flipped over tables", "the cyclist rolled over the
            line").
        needs_authority: Verbs only: another sense unless a state's force (a
            country, an armed force or a maritime authority) is the subject
            and a ship or an aircraft its object ("the coast guard drove away
            two fishing boats", not "the club expelled two members").
        water_subject: Verbs only: another sense unless water or weather
            (``flood_sources``, a named storm) is the subject or a passive's
            "by" agent ("the river flooded the town", "homes were flooded by
            torrential rain"; not "imports flooded the market", "the lines
            were flooded with calls").
        needs_missiles: Verbs only: another sense unless a hostile missile
            (``thrown_missiles``) is the verb's "with" object, or eggs and
            the like (``protest_missiles``) thrown by protesters, or, for
            "stone", a thrower or "to death" ("the bus was pelted with
            stones", "the convoy was stoned by youths"; not "pelted with
            questions", "pelted by rain", "pelted each other with tomatoes").
        needs_past: Kept only when its clause tells of the past ("locust
            swarms devastated crops"), not of what is feared or expected
            ("Kenya is bracing for new locust swarms", "swarms will hit").
        needs_premises: Verbs only: another sense unless offenders
            (``break_in_offenders``) broke into premises (``premises_nouns``),
            or premises were broken into (a passive with no object of "into"):
            "thieves broke into a school", "the shop was broken into"; not
            "broke into the top ten", "a fox broke into the shed", "the house
            was broken into three flats", "broke into the car to rescue a
            child" (``rescue_purposes``), "broke into a house and killed two"
            (``break_in_violence_verbs``: the attack decides).
        needs_property: Verbs only: another sense unless a made thing
            (``artifact_nouns.en.txt``, vehicles, ``premises_nouns``,
            ``structure_words``, ``damaged_property``), or the thing a part of
            it belongs to ("the panes of a phone box"), is what was damaged:
            the passive subject, else the object; not a thing of play
            (``play_objects``) nor one driven somewhere (``motion_preps``):
            "a bus shelter was smashed", "a van was set alight"; not "the
            record was smashed", "set alight the tournament", "the ball was
            smashed into the net".
        needs_offender: Nouns of an offence: another sense (a topic) unless
            someone is charged with, convicted of, fined for or admits it
            (``offence_verbs``): "two men admitted affray", "was fined for
            drink-driving"; not "drink-driving rates rose".
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z0-9_]+$")
    lemmas: tuple[str, ...] = ()
    phrases: tuple[str, ...] = ()
    pos: tuple[str, ...] = ()
    kind: str | None = None
    category: str | None = None
    frame: str = "nominal"
    strength: float = Field(default=0.6, ge=0.0, le=1.0)
    needs_argument: bool = False
    intransitive: bool = False
    companion_only: bool = False
    transitive: bool = False
    vehicle_argument: bool = False
    needs_arms: bool = False
    needs_vehicle: bool = False
    needs_casualties: bool = False
    needs_purpose: bool = False
    needs_protesters: bool = False
    needs_past: bool = False
    needs_premises: bool = False
    needs_property: bool = False
    needs_offender: bool = False
    needs_missiles: bool = False
    needs_authority: bool = False
    vehicle_subject: bool = False
    lone_vehicle_subject: bool = False
    water_subject: bool = False

    @model_validator(mode="after")
    def _has_words(self) -> TriggerRule:
        if not self.lemmas and not self.phrases:
            raise ValueError(f"trigger rule {self.id!r} has neither lemmas nor phrases")
        return self


class TriggerLexicon(BaseModel):
    """A trigger lexicon: its rules plus named word lists its extractor reads."""

    model_config = ConfigDict(extra="forbid")

    triggers: list[TriggerRule]

    @model_validator(mode="after")
    def _unique_ids(self) -> TriggerLexicon:
        ids = [r.id for r in self.triggers]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise ValueError(f"duplicate trigger ids {dupes}")
        return self


class DateForm(BaseModel):
    """One date form of ``published.en.yaml``: a named regex with ``{month}``/``{weekday}`` slots."""

    model_config = ConfigDict(extra="forbid")

    name: str
    kind: str
    regex: str
    orders: list[str] = []


Words = list[str]
WordMap = dict[str, list[str]]
StrMap = dict[str, str]
AnyMap = dict[str, Any]

#: The sections of each YAML resource (file name without language -> section -> type).
_SECTIONS: dict[str, dict[str, Any]] = {
    "meeting_triggers": {
        "light_verbs": Words, "generic_modifiers": Words, "plural_ok": Words, "pair_nouns": Words,
        "to_partner_verbs": Words, "guest_participles": Words, "call_addressee_verbs": Words, "audience_nouns": Words,
        "call_receiving_verbs": Words, "call_medium_nouns": Words,
        "topic_preps": Words, "proxy_nouns": Words, "measure_nouns": Words, "place_nouns": Words,
        "whereabouts_nouns": Words, "collective_heads": Words, "leading_verbs": Words, "fixture_nouns": Words,
        "kin_heads": Words, "member_nouns": Words,
        "attendance_verbs": Words, "attended_occasions": Words,
        "fixture_opponents": Words, "title_short_forms": WordMap, "head_titles": Words,
        "earlier_markers": Words, "on_host_modifiers": Words, "distributive_adverbs": Words, "sequence_adverbs": Words,
        "sequel_preps": Words, "distributive_modifiers": Words, "company_nouns": Words, "company_verbs": Words,
        "speech_setting_words": Words, "indefinite_past_phrases": Words, "setting_preps": Words,
        "topic_gerund_preps": Words, "generic_ordinals": Words, "generic_visit_markers": Words,
        "journey_verbs": Words, "journey_preps": Words, "remote_medium_words": Words,
        "remote_preps": Words,
    },
    "donation_triggers": {
        "aid_objects": WordMap, "promise_words": Words, "with_gift_verbs": Words,
        "sharing_verbs": Words, "sharing_preps": Words, "sharing_groups": Words,
        "listing_preps": Words, "to_complement_nouns": Words,
        "withholding_verbs": Words, "withholding_nouns": Words,
        "terms_nouns": Words, "trade_words": Words, "negative_cues": Words,
        "non_donation_objects": Words,
        "non_gift_receive_objects": Words, "receipt_verbs": Words, "beneficiary_verbs": Words, "gratitude_verbs": Words,
        "owned_recipients": Words, "not_party_bodies": Words, "relief_recipients": Words,
        "aim_nouns": Words, "personnel_groups": Words, "commercial_recipients": Words, "seized_modifiers": Words,
        "trade_verbs": Words, "relief_groups": Words, "party_of_nouns": Words,
        "handover_verbs": Words, "gift_anaphors": Words, "new_gift_cues": Words,
        "credit_phrases": Words, "destination_verbs": Words, "channel_preps": Words,
        "grant_list_nouns": Words, "grant_list_intro_words": Words,
    },
    "incident_triggers": {
        "scene_preps": Words,
        "casualty_verbs": WordMap, "death_complements": Words, "life_taking_verbs": Words,
        "headline_category_families": WordMap, "storm_name_words": Words,
        "anaphoric_determiners": Words, "anaphora_breakers": Words, "scene_words": Words, "noun_place_links": Words,
        "storm_named_bodies": Words, "vehicle_extra_words": Words,
        "subject_casualty_words": Words, "strike_verbs": Words, "occasion_marks": Words,
        "occurrence_verbs": Words, "attack_modifiers": Words, "exposure_preps": Words, "blame_preps": Words,
        "figurative_modifiers": Words,
        "non_event_governors": Words, "complaint_verbs": Words,
        "reciprocal_verbs": Words, "civilian_groups": Words, "unrest_groups": Words, "victim_groups": Words,
        "crowd_control_forces": Words, "body_parts": Words,
        "sit_in_verbs": Words, "sit_in_nouns": Words, "violent_crowds": Words, "violent_acts": Words,
        "leave_verbs": Words,
        "onset_nouns": Words,
        "reaction_verbs": Words, "claim_objects": Words, "inquiry_nouns": Words,
        "sequence_preps": Words, "sequence_nouns": Words,
        "consequence_verbs": Words, "comparison_preps": Words, "distinct_adverbs": Words,
        "attribution_phrases": Words, "blame_phrases": Words,
        "dispersal_verbs": Words,
        "labour_parties": Words, "labour_goals": Words, "labour_sites": Words,
        "strike_holding_verbs": Words, "armed_strike_modifiers": Words,
        "strike_durations": Words, "contest_words": Words, "figurative_objects": Words, "toll_nouns": Words,
        "contest_objects": Words, "collision_verbs": Words, "contest_modifiers": Words,
        "victim_possessive_nouns": Words, "rhetorical_triggers": Words, "weapon_words": Words,
        "launching_verbs": Words, "hostile_preps": Words, "launch_non_targets": Words,
        "firing_verbs": Words, "trial_words": Words, "fall_area_preps": Words, "fired_non_targets": Words,
        "seized_vehicle_words": Words, "armed_name_words": Words,
        "launch_targets": Words, "product_modifiers": Words, "sinking_verbs": Words,
        "law_enforcement_triggers": Words, "law_enforcement_forces": Words, "figurative_particles": Words,
        "sport_words": Words, "sport_strong": Words, "sport_report_words": Words, "generic_parties": Words,
        "structural_triggers": Words, "quantity_subjects": Words, "market_levels": Words, "verbal_settings": Words,
        "figurative_agents": Words,
        "structure_words": Words, "territorial_triggers": Words, "territory_words": Words,
        "opponent_words": Words, "hazard_opponents": Words, "rivalry_words": Words, "fall_triggers": Words,
        "verb_homographs": Words, "flood_sources": Words, "flooded_things": Words, "displacement_verbs": Words,
        "deliberate_adverbs": Words, "onset_verbs": Words,
        "forcible_verbs": Words, "travellers": Words, "journey_nouns": Words,
        "abstract_object_triggers": Words, "inanimate_causes": Words, "event_adjectives": Words,
        "setting_preps": Words,
        "fall_preps": Words, "fall_onto_preps": Words, "falling_things": Words, "near_miss_adverbs": Words,
        "forceful_triggers": Words, "forceful_doers": Words,
        "fall_hazards": Words,
        "conquest_verbs": Words, "recording_media": Words,
        "impact_verbs": Words, "aircraft_words": Words, "agentive_verbs": Words,
        "agentive_object_verbs": Words,
        "military_words": Words, "verbal_instruments": Words, "filmed_objects": Words,
        "trend_verbs": Words, "mass_nouns": Words,
        "natural_masses": Words, "setting_nouns": Words, "subject_matter_preps": Words,
        "background_heads": Words, "background_preps": Words, "label_verbs": Words, "campaign_modifiers": Words,
        "attack_consequences": Words,
        "experiencer_verbs": Words, "afflicting_verbs": Words,
        "aid_verbs": Words, "site_nouns": Words, "area_nouns": Words, "faction_nouns": Words,
        "building_name_words": Words,
        "street_openers": Words, "street_suffixes": Words, "street_particles": Words,
        "struck_participles": Words,
        "flight_verbs": Words,
        "cyber_words": Words, "crowd_lemmas": Words, "blast_triggers": Words, "blast_sources": Words,
        "blast_sites": Words, "outcry_measures": Words, "ramming_verbs": Words, "armed_light_verbs": Words,
        "arson_verbs": Words, "gunfire_heads": Words, "crowd_targets": Words,
        "premises_nouns": Words, "break_in_offenders": Words, "rescue_purposes": Words,
        "break_in_violence_verbs": Words,
        "damaged_property": Words, "policy_nouns": Words, "offence_verbs": Words,
        "demanding_gatherings": Words, "gathering_demands": Words, "play_objects": Words,
        "motion_preps": Words,
        "distinct_markers": Words, "distinct_occasion_markers": Words, "occurrence_nouns": Words,
        "protest_groups": Words, "protest_acts": Words, "protest_props": Words, "street_demands": Words,
        "thrown_missiles": Words, "protest_missiles": Words, "spectator_crowds": Words,
        "hostile_missile_modifiers": Words, "scriptural_sources": Words, "crowd_violence_verbs": Words,
        "non_protest_crowds": Words, "lasting_conflicts": Words, "conflict_onset_verbs": Words,
        "topic_verbs": Words, "topic_nouns": Words,
        "topic_preps": Words,
        "figurative_verb_objects": WordMap,
        "driver_words": Words, "roadside_objects": Words, "road_users": Words, "traffic_ways": Words,
        "maritime_authorities": Words,
    },
    "actor_words": {
        "determiners": Words, "person_pronouns": Words, "group_pronouns": Words, "organisation_words": Words,
        "state_words": Words, "national_state_modifiers": Words,
        "media_words": Words, "military_words": Words, "role_suffixes": Words,
        "name_prefixes": Words, "name_particles": Words, "stance_prefixes": Words, "naming_participles": Words,
        "joined_area_words": Words, "name_inner_words": Words,
        "backing_participles": Words, "informant_nouns": Words,
        "umbrella_organisation_words": Words, "company_words": Words, "portfolio_words": Words,
        "generic_company_words": Words, "company_introducers": Words, "company_name_words": Words,
        "business_words": Words,
        "public_body_words": Words, "kind_synonyms": WordMap, "descriptive_organisation_words": Words,
        "place_force_words": Words,
        "facility_words": Words, "role_prefixes": Words, "legal_suffixes": Words, "postnominals": Words,
        "vehicle_makers": Words, "national_offices": Words, "past_office_words": Words,
        "honorifics": StrMap, "pronoun_genders": StrMap,
    },
    "boilerplate": {
        "byline": Words, "credit": Words, "kicker": Words, "promo_start": Words, "link_list_start": Words,
        "promo_continue": Words,
        "promo_continue_short": Words, "drop_line": Words,
    },
    "quantities": {
        "units": Words, "tens": Words, "small_scales": dict[str, int], "fractions": dict[str, int],
        "vague_counts": dict[str, int], "containers": Words, "item_determiners": Words, "increments": Words,
    },
    "countries": {
        "aliases": WordMap, "abbreviations": WordMap, "demonyms": WordMap, "capitals": AnyMap, "not_metonyms": Words,
        "metonym_min_population": int, "case_sensitive": Words, "not_countries": Words,
        "phrase_openers": Words,
    },
    "currencies": {
        "currencies": dict[str, dict[str, list[str]]], "default_symbols": StrMap, "code_prefixes": dict[str, int],
        "scales": AnyMap, "qualifiers": dict[str, dict[str, list[str]]],
    },
    "currencies.cldr": {"cldr": str, "currencies": dict[str, dict[str, list[str]]], "territories": StrMap},
    "currency_ambiguity": {
        "symbols": StrMap, "words": StrMap, "letter_symbols": Words, "not_words": Words, "ignore_codes": Words,
        "weight_words": Words, "scaled_or_grouped_symbols": Words, "outlet_domains": Words,
    },
    "lemmas": {"verb_forms": dict[str, list[str]]},
    "service_bodies": {"bodies": WordMap, "role_words": WordMap},
    "modality": {
        "hypothetical_aux": Words, "hypothetical_mark": Words, "planned_aux": Words, "planned_heads": Words,
        "alleged_heads": Words, "alleged_nouns": Words, "alleged_relative_heads": Words, "adjunct_preps": Words,
        "conditional_marks": Words,
        "hypothetical_nouns": Words, "meeting_planned_heads": Words, "unarranged_nouns": Words,
        "directive_heads": Words, "demand_phrases": Words, "demand_nouns": Words,
        "demand_verbs": Words, "negated_heads": Words, "denying_heads": Words,
        "rejecting_coordinators": Words, "cancel_verbs": Words,
        "belief_heads": Words, "planned_adjectives": Words, "hypothetical_adjectives": Words,
        "perfect_aux": Words, "definite_determiners": Words, "inverted_conditional_aux": Words,
        "negative_determiners": Words, "negative_subjects": Words, "habitual_adverbs": Words,
        "habitual_determiners": Words,
        "habitual_counts": Words, "repeat_nouns": Words, "rate_periods": Words, "rate_words": Words,
        "long_periods": Words,
        "tally_verbs": Words,
        "running_toll_phrases": Words,
        "generic_aux": Words, "generic_subjects": Words, "saying_now_verbs": Words,
    },
    "places": {
        "not_places": Words, "city_over_state": Words, "places": list[AnyMap], "admin_words": Words,
        "generic_region_words": Words, "reference_words": Words, "travel_time_words": Words,
        "division_words": Words, "division_prefixes": Words, "settlement_words": Words,
        "feature_words": WordMap, "route_words": Words, "street_words": Words, "place_part_words": Words,
        "region_abbreviations": StrMap, "place_name_joiners": Words,
    },
    "speech_cues": {
        "verbs": WordMap, "phrasal": StrMap, "idioms": Words, "relay_verbs": Words, "naming_verbs": Words,
        "not_speech_phrasal": Words, "not_speech_phrasal_acted_on": Words, "body_name_heads": Words,
        "convene_objects": Words, "nouns": Words,
        "prepositions": Words, "media": Words,
        "not_speakers": Words, "share_quantifiers": Words, "dead_modifiers": Words, "roles": Words,
        "incident_roles": Words, "not_labels": Words, "not_label_heads": Words, "section_labels": Words,
        "narrator_labels": Words, "camera_positions": Words, "aside_participles": Words, "guest_role_words": Words,
        "armed_subjects": Words,
        "question_labels": Words, "answer_labels": Words,
        "claim_nouns": Words, "also_speech": Words,
        "proposition_objects": Words,
        "continuing_verbs": Words, "contrast_marks": Words, "narration_conjunctions": Words, "as_idioms": Words,
        "withheld_details": WordMap,
        "quote_verbs": Words, "state_adverbs": Words, "person_object_senses": Words,
        "legal_objects": Words, "legal_actions": Words, "legal_bodies": Words,
        "circumstance_marks": Words, "narration_adverbs": Words,
        "document_nouns": Words, "issuing_verbs": Words, "text_verbs": Words, "byline_verbs": Words,
        "directive_verbs": Words, "emphasis_verbs": Words, "infinitive_reports": Words, "claimed_states": Words,
        "forceful_senses": Words,
        "conversation_verbs": Words, "partitive_shares": Words, "partitive_pronouns": Words,
        "role_families": WordMap,
        "role_abbreviations": StrMap,
        "portfolio_bodies": StrMap, "portfolio_free": Words, "occasion_nouns": Words, "saying_times": Words,
        "saying_time_verbs": Words, "owned_roles": WordMap,
        "audience_verbs": Words, "inverted_openers": Words, "declarations": Words, "acts_declared": Words,
        "headline_adjunct_openers": Words, "represented_nouns": Words,
        "questioning_verbs": Words, "greeting_verbs": Words, "greeted_groups": Words,
        "work_nouns": Words,
    },
    "time": {
        "months": dict[str, int], "weekdays": dict[str, int], "numbers": dict[str, int], "ordinals": dict[str, int],
        "units": StrMap, "duration_units": Words, "duration_quantifiers": Words, "duration_followers": Words,
        "duration_prepositions": Words, "frequency_words": Words, "frequency_patterns": Words, "age_patterns": Words,
        "vague_patterns": Words, "anaphoric_patterns": Words, "leading_fillers": Words, "trailing_fillers": Words,
        "part_modifiers": Words, "clip_before": str, "clip_after": str, "future_cues": Words,
        "relative_days": AnyMap, "seasons": AnyMap, "holidays": AnyMap, "decade_words": dict[str, int],
        "future_aux": Words, "past_aux": Words, "modal_aux": Words, "future_heads": Words, "future_modifiers": Words,
        "forward_modals": Words, "reported_modals": Words,
        "clause_deps": Words, "noun_modifier_deps": Words, "simultaneity_marks": Words,
        "later_adverbs": Words, "byline_cues": Words,
        "anaphoric_day_units": Words, "day_moments": Words,
        "anaphoric_day_shifts": AnyMap,
    },
    "published": {
        "date_forms": list[DateForm], "time": str, "zone": str, "zones_month_first": Words,
        "zones_day_first": Words, "filler_words": Words, "filler_signs": str, "stamp_cues": Words,
        "author_cues": Words, "top_only_cues": Words, "max_byline_words": int, "segment_separators": Words,
        "max_segments": int, "max_segment_words": int, "dateline_place": str, "dateline_lowercase_words": Words,
        "dateline_end": str, "copyright_year": str,
    },
    "calibration": {
        "type": str, "model": str, "intercept": float, "floor": float, "ceiling": float,
        "weights": dict[str, float], "provenance": AnyMap,
    },
}  # fmt: skip

_MODELS: dict[str, type[BaseModel]] = {}


def stem(path: str) -> str:
    """A resource's short name: its file name without extension and language ("meeting_triggers", "currencies.cldr")."""
    name = path.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    head, _, lang = name.rpartition(".")
    return head if head and len(lang) == 2 and lang.isalpha() and lang.islower() else name


def schema_of(path: str) -> type[BaseModel] | None:
    """The schema of a resource path (None for one-entry-per-line lists and files without a schema)."""
    if path.endswith(".txt"):
        return None
    return _model("calibration" if path.startswith("calibration/") else stem(path))


def _model(stem: str) -> type[BaseModel] | None:
    if stem in _MODELS:
        return _MODELS[stem]
    sections = _SECTIONS.get(stem)
    base: type[BaseModel] | None = TriggerLexicon if stem.endswith("_triggers") else None
    if sections is None and base is None:
        return None
    fields: dict[str, Any] = {k: (t | None, None) for k, t in (sections or {}).items()}
    model = create_model(  # type: ignore[call-overload]
        f"{stem.title().replace('_', '').replace('.', '')}Resource",
        __config__=None if base else ConfigDict(extra="forbid"),
        __base__=base,
        **fields,
    )
    _MODELS[stem] = model
    return model


def validate(path: str, data: Any) -> Any:
    """Check one resource's data against its schema and return it unchanged.

    Lists (``.txt`` files) must be non-empty strings without duplicates; YAML
    files must match their schema; a trigger lexicon's frames must be ones its
    extractor knows.

    Raises:
        ValueError: Naming the resource and what is wrong.
    """
    if path.endswith(".txt"):
        if not isinstance(data, list | tuple) or not all(isinstance(x, str) and x.strip() for x in data):
            raise ValueError(f"resource {path!r}: expected a list of non-empty strings")
        dupes = sorted({x for x in data if list(data).count(x) > 1})
        if dupes:
            raise ValueError(f"resource {path!r}: duplicate entries {dupes[:10]}")
        return data
    name = stem(path)
    model = schema_of(path)
    if model is None:
        return data  # calibration tables of user types, data files without a schema yet
    if not isinstance(data, dict):
        raise ValueError(f"resource {path!r}: expected a mapping, not {type(data).__name__}")
    try:
        parsed = model.model_validate(data)
    except ValidationError as err:
        raise ValueError(f"resource {path!r} is not valid:\n{err}") from None
    if isinstance(parsed, TriggerLexicon):
        allowed = FRAMES.get(name.removesuffix("_triggers"), GENERIC_FRAMES)
        wrong = sorted({r.frame for r in parsed.triggers} - allowed)
        if wrong:
            raise ValueError(f"resource {path!r}: unknown frame(s) {wrong}; expected one of {sorted(allowed)}")
    return data
