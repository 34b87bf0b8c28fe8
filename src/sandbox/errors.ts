// The service's modeled errors. Every failure the sandbox reports is one of these, so both the v3 SDK
// and botocore map it to the right exception class.
export const ERROR_STATUS = {
  BadRequestException: 400,
  AccessDeniedException: 403,
  ResourceNotFoundException: 404,
  ThrottlingException: 429,
  InternalServerException: 500,
} as const;

export type ErrorName = keyof typeof ERROR_STATUS;

export class ApiError extends Error {
  constructor(readonly errorName: ErrorName, message: string) {
    super(message);
  }
  get status(): number {
    return ERROR_STATUS[this.errorName];
  }
}

export const badRequest = (message: string): ApiError => new ApiError('BadRequestException', message);
export const notFound = (message: string): ApiError => new ApiError('ResourceNotFoundException', message);
