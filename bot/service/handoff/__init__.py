"""Talk to a person: the live handoff from the assistant to a helpdesk agent.

The gateway sees every web turn: it opens the request when Rasa marks one (``handoff`` slot,
announced by the NLG's marker on web chat), and while an agent holds the conversation it keeps
the user's messages for the agent instead of sending them to Rasa, whose tracker (and the form's
place in it) stays untouched until the agent hands back. Requests and messages live in the
console's database (``models``), so a restart loses nothing and two agents cannot take the same
conversation (``queue.take`` is one conditional UPDATE).
"""
