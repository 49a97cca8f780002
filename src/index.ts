// Package entry: the registry shipped with this package, as typed constants.
export * from "../generated/models.generated";
