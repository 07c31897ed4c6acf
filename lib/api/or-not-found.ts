import "server-only";
import { notFound } from "next/navigation";
import { DomainError } from "../errors/domain-error";

/** For pages: what the store's 404 means there, Next's not-found page; any other error stays an error. */
export async function orNotFound<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof DomainError && error.kind === "not_found") notFound();
    throw error;
  }
}
