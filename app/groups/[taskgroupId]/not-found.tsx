import { GroupNotFound } from "@/components/group/group-not-found";

// Reached for ids that are not group ids at all: the page refuses them without asking upstream.
export default function GroupNotFoundPage() {
  return <GroupNotFound message="That is not a group id: group ids look like tgrp_ followed by letters and digits." />;
}
