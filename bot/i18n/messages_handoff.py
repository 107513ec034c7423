"""Message declarations for talking to a person: what the user is told about the request and
the agent, and the canned replies an agent can send (see ``messages.py`` for the extractor).

Canned replies are sentences like every other: an agent who writes Dutch picks one, and the user
reads it in their own language."""

from __future__ import annotations

from bot.i18n.messages import N_

HANDOFF_MESSAGES: tuple[str, ...] = (
    # TRANSLATORS: After "talk to a person", during office hours. {minutes} is a whole number,
    # {helpline} a phone number. The user can go on with the assistant while waiting.
    N_("handoff.requested"),
    # TRANSLATORS: After "talk to a person", outside office hours. {when} is a weekday and a
    # time, e.g. "maandag 09:00"; {helpline} a phone number.
    N_("handoff.requested_closed"),
    # TRANSLATORS: A helpdesk staff member has joined the chat. {name} is their first name.
    N_("handoff.agent_joined"),
    # TRANSLATORS: The staff member hands the user back to the assistant; the questions go on
    # where they were. {name} is their first name.
    N_("handoff.handed_back"),
    # TRANSLATORS: The staff member's connection was lost; the user waits again for a person.
    N_("handoff.agent_left"),
    # TRANSLATORS: The staff member ended the conversation. {name} is their first name.
    N_("handoff.closed"),
    # TRANSLATORS: Label under a staff member's message typed in another language. {name} is
    # the staff member's first name, {language} the name of the language they wrote in.
    N_("handoff.written_in"),
    # TRANSLATORS: Canned reply of a staff member: first words after joining.
    N_("handoff.canned.greeting"),
    # TRANSLATORS: Canned reply of a staff member: they need a little more time.
    N_("handoff.canned.more_time"),
    # TRANSLATORS: Canned reply of a staff member: keep the letters at hand, do not send them.
    N_("handoff.canned.documents"),
    # TRANSLATORS: Canned reply of a staff member: come to the information point in person.
    N_("handoff.canned.visit"),
    # TRANSLATORS: Canned reply of a staff member: they will hand back to the assistant now.
    N_("handoff.canned.back_to_assistant"),
)

# The canned replies an agent can pick, in the console's order.
CANNED_REPLIES: tuple[str, ...] = tuple(
    k for k in HANDOFF_MESSAGES if k.startswith("handoff.canned.")
)
