/**
 * GENERATED FILE - DO NOT EDIT.
 * DIAL's models from ../models/model_registry.yaml, and the registry API over them alone: a bundle
 * that imports only this module holds no other provider's data.
 * Regenerate: npm run generate
 */
/* eslint-disable */
"use strict";

const runtime = require("../src/runtime");

const { __modelLines_DIAL, PROVIDERS } = require("./models.generated.js");

const MODELS = /* @__PURE__ */ runtime.tableFromLines(__modelLines_DIAL);
const MODEL_IDS = /* @__PURE__ */ runtime.frozenKeys(MODELS);
const REGISTRY = /* @__PURE__ */ runtime.defineRegistry({ models: MODELS, providers: PROVIDERS, aliases: {} });

function getModel(...args) {
  return runtime.getModel(REGISTRY, ...args);
}
function findModel(...args) {
  return runtime.findModel(REGISTRY, ...args);
}
function isModelId(...args) {
  return runtime.isModelId(REGISTRY, ...args);
}
function isActiveModelId(...args) {
  return runtime.isActiveModelId(REGISTRY, ...args);
}
function isDeprecatedModelId(...args) {
  return runtime.isDeprecatedModelId(REGISTRY, ...args);
}
function listModels(...args) {
  return runtime.listModels(REGISTRY, ...args);
}
function listModelIds(...args) {
  return runtime.listModelIds(REGISTRY, ...args);
}
function selectModels(...args) {
  return runtime.selectModels(REGISTRY, ...args);
}
function estimateCost(...args) {
  return runtime.estimateCost(REGISTRY, ...args);
}
function blendedCostPer1M(...args) {
  return runtime.blendedCostPer1M(REGISTRY, ...args);
}
function pricePer1M(...args) {
  return runtime.pricePer1M(REGISTRY, ...args);
}
function getProviderConfig(...args) {
  return runtime.getProviderConfig(REGISTRY, ...args);
}
function invocationId(...args) {
  return runtime.invocationId(REGISTRY, ...args);
}
function resolveBaseUrl(...args) {
  return runtime.resolveBaseUrl(REGISTRY, ...args);
}
function availableModels(...args) {
  return runtime.availableModels(REGISTRY, ...args);
}

exports.MODELS = MODELS;
exports.MODEL_IDS = MODEL_IDS;
exports.getModel = getModel;
exports.findModel = findModel;
exports.isModelId = isModelId;
exports.isActiveModelId = isActiveModelId;
exports.isDeprecatedModelId = isDeprecatedModelId;
exports.listModels = listModels;
exports.listModelIds = listModelIds;
exports.selectModels = selectModels;
exports.estimateCost = estimateCost;
exports.blendedCostPer1M = blendedCostPer1M;
exports.pricePer1M = pricePer1M;
exports.getProviderConfig = getProviderConfig;
exports.invocationId = invocationId;
exports.resolveBaseUrl = resolveBaseUrl;
exports.availableModels = availableModels;
