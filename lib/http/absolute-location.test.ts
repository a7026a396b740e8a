import { describe, expect, it } from "vitest";
import { withAbsoluteLocation } from "./absolute-location";

const redirect = (location: string) => new Response(null, { status: 307, headers: { location, "x-kept": "1" } });

describe("withAbsoluteLocation", () => {
  it("completes a path against the request's URL, keeping the status, the query and the other headers", () => {
    const response = withAbsoluteLocation(redirect("/sign-in?next=%2Fgroups%2Ftgrp_1"), new URL("http://localhost:3000/groups/tgrp_1"));
    expect(response.status).toBe(307);
    expect(response.headers.get("location")).toBe("http://localhost:3000/sign-in?next=%2Fgroups%2Ftgrp_1");
    expect(response.headers.get("x-kept")).toBe("1");
  });

  it("leaves an absolute Location and a response without one as they are", () => {
    expect(withAbsoluteLocation(redirect("https://idp.example/login"), "http://localhost:3000/").headers.get("location")).toBe(
      "https://idp.example/login",
    );
    const plain = new Response("ok");
    expect(withAbsoluteLocation(plain, "http://localhost:3000/")).toBe(plain);
  });
});
