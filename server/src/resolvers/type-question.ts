import type { QueryResolvers, QuestionResolvers } from '../generated/graphql.js';
import { loadersOf } from '../context/loaders.js';
import { listQuestions, readQuestion } from '../use-cases/questions.js';

export const questionQueries: QueryResolvers = {
  questions: (_, __, { db }) => listQuestions(db),
  question: (_, { id }, ctx) => readQuestion(ctx, id),
};

export const Question: QuestionResolvers = {
  sources: (q, _, ctx) => loadersOf(ctx).sourcesOfQuestion.load(q.id),
};

