import { Catch, PayloadTooLargeException, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { UPLOAD_TOO_LARGE, type ErrorBody } from '../common/errors';

/** multer's size limit (FileInterceptor turns it into PayloadTooLargeException) as our 413 with its code. */
@Catch(PayloadTooLargeException)
export class UploadTooLargeFilter implements ExceptionFilter {
  constructor(private readonly maxBytes: number) {}

  catch(_err: PayloadTooLargeException, host: ArgumentsHost) {
    const res = host.switchToHttp().getResponse<Response>();
    res.status(413).json({ statusCode: 413, code: UPLOAD_TOO_LARGE, message: `The file is larger than ${this.maxBytes / 1024 / 1024} MB` } satisfies ErrorBody);
  }
}
