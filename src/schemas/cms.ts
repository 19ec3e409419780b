import { z } from 'astro/zod';

const BACKEND = 'phải là github, gitlab hoặc gitea (nơi lưu kho git của trang)';
const REPO = 'phải là tên kho dạng chủ-sở-hữu/tên-kho, ví dụ vpcp/bantin';
const URL = 'phải là địa chỉ web bắt đầu bằng https://, ví dụ https://git.example.vn';

/**
 * The git host the production web editor (`/admin/`) commits to. Without it `/admin/` is not published;
 * `npm run cms` serves it anyway, on the local repository.
 */
export const cmsSchema = z
  .strictObject({
    /** `github`, `gitlab` (gitlab.com or self-hosted, PKCE login) or `gitea` (Gitea, Forgejo) */
    backend: z.enum(['github', 'gitlab', 'gitea'], { error: BACKEND }),
    /** Example: `vpcp/bantin` (a GitLab subgroup: `vpcp/ban-bien-tap/bantin`) */
    repo: z.string({ error: REPO }).regex(/^[\w.-]+(?:\/[\w.-]+)+$/, { error: REPO }),
    /** The branch the site is built from. Default: `main` */
    branch: z.string({ error: 'phải là tên nhánh, ví dụ main' }).min(1, { error: 'phải là tên nhánh, ví dụ main' }).default('main'),
    /** A self-hosted GitLab, Gitea or GitHub Enterprise. Default: https://gitlab.com, https://github.com */
    hostUrl: z.url({ protocol: /^https?$/, error: URL }).optional(),
    /** The OAuth application's id (GitLab: Applications → Application ID; Gitea: OAuth2 Applications → Client ID). */
    appId: z.string({ error: 'phải là mã ứng dụng OAuth (Application ID)' }).min(1).optional(),
    /** GitHub only: the OAuth server that logs editors in (Decap's `base_url`), e.g. https://oauth.example.vn */
    authUrl: z.url({ protocol: /^https?$/, error: URL }).optional(),
  })
  .superRefine((cms, ctx) => {
    if ((cms.backend === 'gitlab' || cms.backend === 'gitea') && !cms.appId) {
      ctx.addIssue({ code: 'custom', path: ['appId'], message: `${cms.backend} cần appId: mã ứng dụng OAuth tạo trên ${cms.backend} cho trang biên tập` });
    }
    if (cms.backend === 'gitea' && !cms.hostUrl) {
      ctx.addIssue({ code: 'custom', path: ['hostUrl'], message: 'gitea cần hostUrl: địa chỉ máy chủ Gitea, ví dụ https://git.example.vn' });
    }
    if (cms.backend === 'github' && !cms.authUrl) {
      ctx.addIssue({ code: 'custom', path: ['authUrl'], message: 'github cần authUrl: địa chỉ máy chủ OAuth để biên tập viên đăng nhập bằng GitHub' });
    }
  });

export type CmsSettings = z.output<typeof cmsSchema>;
