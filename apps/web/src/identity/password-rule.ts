// The password rule as a form hint: the same rule the server applies (libs/identity/src/password-policy.ts, also in
// the schema's description of CreateAccountInput.password), which answers with the precise reason on the field.
export const PASSWORD_HINT =
  '至少 8 个字符；不能是常见密码、用户名、姓名或手机号（加几个数字也不行），也不能是 12345678、qwertyui 这样的序列或日期。建议用一句只有本人知道的话，可以是中文，不必加符号';
