"""python -m bot.helpdesk: accounts, retention and erasure from the command line.

    python -m bot.helpdesk users add NAME --role supervisor   (asks for the password)
    python -m bot.helpdesk users list
    python -m bot.helpdesk users disable NAME | enable NAME | password NAME
    python -m bot.helpdesk retention          apply the retention to every store now
    python -m bot.helpdesk erase CODE         erase the conversations with this reference code
    python -m bot.helpdesk migrate            create or upgrade the tables

The database is ASSISTANT_DATABASE_URL (default sqlite:///var/helpdesk.db), as for the service.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlalchemy import select

from bot.helpdesk import audit, auth, db
from bot.helpdesk.models import User
from bot.helpdesk.retention import apply_retention, erase
from bot.service.settings import get_settings


def _password(args: argparse.Namespace) -> str:
    # For scripts: HELPDESK_PASSWORD or --password-stdin; people are asked twice.
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    if os.environ.get("HELPDESK_PASSWORD"):
        return os.environ["HELPDESK_PASSWORD"]
    first = getpass.getpass("Password (12 characters or more): ")
    if getpass.getpass("Again: ") != first:
        raise auth.AccountError("the passwords differ")
    return first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bot.helpdesk")
    commands = parser.add_subparsers(dest="command", required=True)
    users = commands.add_parser("users").add_subparsers(dest="action", required=True)
    add = users.add_parser("add")
    add.add_argument("username")
    add.add_argument("--role", choices=auth.ROLES, default="agent")
    add.add_argument("--language", choices=("nl", "en"), default="nl")
    add.add_argument("--password-stdin", action="store_true")
    users.add_parser("list")
    for name in ("disable", "enable", "password"):
        one = users.add_parser(name)
        one.add_argument("username")
        one.add_argument("--password-stdin", action="store_true")
    commands.add_parser("retention")
    erase_ = commands.add_parser("erase")
    erase_.add_argument("reference_code")
    commands.add_parser("migrate")
    args = parser.parse_args(argv)

    settings = get_settings()
    with db.sessions(settings.database_url)() as session:
        try:
            if args.command == "users" and args.action == "add":
                auth.add_user(session, args.username, _password(args), args.role, args.language)
                audit.record(session, "(command line)", "user_add", None, args.username)
                print(f"added {args.role} {args.username}")
            elif args.command == "users" and args.action == "list":
                for user in session.scalars(select(User).order_by(User.username)):
                    state = "active" if user.active else "disabled"
                    print(f"{user.username}\t{user.role}\t{state}")
            elif args.command == "users" and args.action in ("disable", "enable"):
                auth.set_active(session, args.username, args.action == "enable")
                print(f"{args.action}d {args.username}")
            elif args.command == "users" and args.action == "password":
                auth.set_password(session, args.username, _password(args))
                print(f"password changed for {args.username}")
            elif args.command == "retention":
                removed = apply_retention(session, settings)
                audit.record(
                    session, "(command line)", "retention", None, str(len(removed.conversations))
                )
                print(f"removed {len(removed.conversations)} conversation(s)")
            elif args.command == "erase":
                removed = erase(session, settings, args.reference_code.strip().upper())
                audit.record(
                    session,
                    "(command line)",
                    "erase",
                    None,
                    f"{len(removed.conversations)} conversation(s)",
                )
                print(f"erased {len(removed.conversations)} conversation(s)")
            elif args.command == "migrate":
                print("database is up to date")
        except auth.AccountError as error:
            print(f"error: {error}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
