import { GetObjectCommand } from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { readEnv } from '#shared/config/env.ts';
import { s3 } from '#shared/data/clients.ts';

/**
 * A private file of the media bucket (a citizen's attachment) opened by staff: a presigned GET valid for a
 * few minutes, so the file never passes through the API and is never public.
 */
export async function presignedDownload(
  key: string,
  fileName: string,
  expiresInSeconds = 300,
): Promise<string> {
  return getSignedUrl(
    s3(),
    new GetObjectCommand({
      Bucket: readEnv().MEDIA_BUCKET,
      Key: key,
      ResponseContentDisposition: `attachment; filename="${encodeURIComponent(fileName)}"`,
    }),
    { expiresIn: expiresInSeconds },
  );
}
