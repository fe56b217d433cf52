"""Gives every service its own RabbitMQ user, with the permissions of charts/cti-platform/broker-permissions.json.

Runs beside the broker in the rabbitmq container (compose starts both), once the broker is up, at every start, so a
changed password or permission applies on the next `docker compose up`. Every CTI_BROKER_USER_<NAME> variable names
one user (<name>, lower case) and holds its password; a user the definition does not know is an error, and so is a
broker that never starts. The healthcheck passes only after the marker file exists, so the services, which wait for
a healthy broker, never connect before their users exist.
"""
import json
import os
import subprocess
import sys
import time

DEFINITION = "/cti/broker-permissions.json"
READY = "/tmp/cti-broker-users-ready"
PREFIX = "CTI_BROKER_USER_"


def rabbitmqctl(*arguments, check=True):
    return subprocess.run(["rabbitmqctl", "--quiet", *arguments], check=check, capture_output=True, text=True)


def main():
    with open(DEFINITION, encoding="utf-8") as definition:
        permissions = json.load(definition)["users"]
    vhost = os.environ.get("RABBITMQ_DEFAULT_VHOST", "/")
    users = {name[len(PREFIX):].lower(): password for name, password in os.environ.items() if name.startswith(PREFIX)}
    unknown = sorted(set(users) - set(permissions))
    if unknown:
        sys.exit(f"rabbitmq-users: {DEFINITION} defines no permissions for {', '.join(unknown)}")

    deadline = time.monotonic() + 300
    while rabbitmqctl("await_startup", "--timeout", "10", check=False).returncode != 0:
        if time.monotonic() > deadline:
            sys.exit("rabbitmq-users: the broker did not start")
        time.sleep(2)

    for user, password in sorted(users.items()):
        if rabbitmqctl("add_user", user, password, check=False).returncode != 0:
            rabbitmqctl("change_password", user, password)
        granted = permissions[user]
        rabbitmqctl("set_permissions", "-p", vhost, user, granted["configure"], granted["write"], granted["read"])
        print(f"rabbitmq-users: {user} may use its own queues and exchanges in {vhost}", flush=True)

    with open(READY, "w", encoding="utf-8") as ready:
        ready.write("ready\n")


if __name__ == "__main__":
    main()
