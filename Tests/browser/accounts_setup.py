"""Prepares the suite's database before `gpm serve`: the demo data, then the flows' accounts.

The accounts are made the way an operator makes them, with `gpm create-user` (password on stdin).
The demo data must be loaded first: a city office account names its city.
"""
import os
import subprocess

from flow import PASSWORD

ADMIN = {"role": "admin", "email": "admin@example.org", "name": "Ada Admin"}
STAFF = {"role": "staff", "email": "staff@example.org", "name": "Sam Staff"}
MANNHEIM_OFFICE = {"role": "city_office", "email": "office@mannheim.example.org", "name": "Otto Office", "city": "mannheim"}
# Issue 15: an admin and a city office per language; flow_languages.py sets each one's language as a user does.
LANGUAGE_ACCOUNTS = {
    "fr": {"admin": {"role": "admin", "email": "admin.fr@example.org", "name": "Amélie Administratrice"},
           "office": {"role": "city_office", "email": "bureau@kumasi.example.org", "name": "Kofi Bureau", "city": "kumasi"}},
    "es": {"admin": {"role": "admin", "email": "admin.es@example.org", "name": "Ana Administradora"},
           "office": {"role": "city_office", "email": "oficina@medellin.example.org", "name": "Camila Oficina", "city": "medellin"}},
}
ACCOUNTS = [ADMIN, STAFF, MANNHEIM_OFFICE] + [account for pair in LANGUAGE_ACCOUNTS.values() for account in pair.values()]


def prepare(binary, root, database):
    run([binary, "seed", "--database", database, "--root", root])
    for account in ACCOUNTS:
        create_user(binary, root, database, account)


def create_user(binary, root, database, account, environment=None):
    """One account made as an operator makes it: `gpm create-user`, the password on stdin."""
    command = [binary, "create-user", "--role", account["role"], "--email", account["email"], "--name", account["name"],
               "--password-stdin", "--database", database, "--root", root]
    if "city" in account:
        command += ["--city", account["city"]]
    run(command, stdin=PASSWORD + "\n", environment=environment)


def run(command, stdin=None, environment=None):
    env = dict(os.environ, **environment) if environment else None
    completed = subprocess.run(command, input=stdin, capture_output=True, text=True, timeout=120, env=env)
    if completed.returncode != 0:
        raise RuntimeError(f"{' '.join(command[:2])} failed ({completed.returncode}): {completed.stderr or completed.stdout}")
