import { ANTHROPIC_API } from "./anthropic-api";
import { DEEPSEEK_API } from "./deepseek-api";
import { GEMINI_API } from "./gemini-api";
import { GROQ_API } from "./groq-api";
import type { ListModelsApi } from "./list-models-api";
import { MISTRAL_API } from "./mistral-api";
import { OLLAMA_API } from "./ollama-api";
import { OPENAI_API } from "./openai-api";
import { OPENROUTER_API } from "./openrouter-api";
import { XAI_API } from "./xai-api";

export type { ListModelsApi } from "./list-models-api";

/** Every list-models API adapter, by name. */
export const LIST_MODELS_APIS: readonly ListModelsApi[] = [
  OPENAI_API,
  ANTHROPIC_API,
  GEMINI_API,
  XAI_API,
  MISTRAL_API,
  DEEPSEEK_API,
  GROQ_API,
  OPENROUTER_API,
  OLLAMA_API,
];
