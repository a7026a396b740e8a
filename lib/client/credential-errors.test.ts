import { describe, expect, it } from "vitest";
import { credentialErrors } from "./credential-errors";

describe("credentialErrors", () => {
  it("accepts a name, an email and a password of 10 characters", () => {
    expect(credentialErrors({ name: "Ada", email: "ada@example.com", password: "0123456789" })).toEqual({});
  });

  it("names the field and the rule it breaks", () => {
    expect(credentialErrors({ name: " ", email: "not-an-email", password: "short" })).toEqual({
      name: "Name is required.",
      email: "Email must be an email address.",
      password: "Password must be at least 10 characters.",
    });
  });
});
